namespace Intake.Classification.Splitting;

/// <summary>Settings of <see cref="DocumentSplitter"/>.</summary>
public sealed class SplitterOptions
{
    /// <summary>Use the first-page model's probability when the page has one.</summary>
    public bool UseFirstPageModel { get; init; } = true;

    /// <summary>A page of the same type opens a new document when its first-page probability reaches this.</summary>
    public double FirstPageThreshold { get; init; } = 0.5;

    /// <summary>
    /// A first-page title at the top ("Certificat médical") opens a new document unless the first-page model
    /// is this sure that the page continues one (a running header).
    /// </summary>
    public double TitleVetoThreshold { get; init; } = 0.1;

    /// <summary>Relabel isolated low-confidence pages whose second-best type is the surrounding document's.</summary>
    public bool SmoothIsolatedPages { get; init; } = true;
}

using Microsoft.ML.Data;

namespace Intake.Classification.Model;

/// <summary>One page as an ML.NET row (input of both models). Public only because ML.NET binds it by reflection.</summary>
public sealed class PageRow
{
    /// <summary>Normalised page text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Cue tokens that do not depend on the page's place in the file.</summary>
    public string Cues { get; set; } = string.Empty;

    /// <summary>Position token of the page in its file.</summary>
    public string Position { get; set; } = string.Empty;

    /// <summary>Document type code (training only).</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The page opens a document (training only).</summary>
    public bool IsFirst { get; set; }
}

/// <summary>Output row of the page-type model: one probability per label, in label-set order.</summary>
public sealed class PageTypeOutput
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}

/// <summary>Output row of the first-page model.</summary>
public sealed class FirstPageOutput
{
    [ColumnName("Probability")]
    public float Probability { get; set; }
}

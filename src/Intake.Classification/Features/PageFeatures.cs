namespace Intake.Classification.Features;

/// <summary>
/// What the classifier sees of one page: the normalised text (word and char n-grams are taken from it), a string of
/// cue tokens (layout and structure) featurised separately, and the summary the boundary model compares with the
/// neighbouring page.
/// </summary>
public sealed record PageFeatures(string NormalizedText, string CueTokens, PageCues Cues, PageSummary Summary)
{
    /// <summary>The normalised top lines of the page: what a reader looks at to see whether a document starts here.</summary>
    public string TopText => string.Join(' ', Cues.TopLines);
}

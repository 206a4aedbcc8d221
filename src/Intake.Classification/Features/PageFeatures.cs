namespace Intake.Classification.Features;

/// <summary>
/// What the classifier sees of one page: the normalised text (word and char n-grams are taken from it)
/// and a string of cue tokens (layout, structure, position) featurised separately.
/// </summary>
public sealed record PageFeatures(string NormalizedText, string CueTokens, PageCues Cues);

using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace Intake.Classification.Model;

/// <summary>The featurisations of the page-type model and of the boundary ("opens a new document") model.</summary>
internal static class FeaturePipeline
{
    public const string Features = "Features";

    /// <summary>
    /// Page type: word 1–2-grams over the text and the cue tokens (so that a cue weighs like one word), char 3-grams
    /// and 4-grams over the text (robust to OCR slips). Each block is L2-normalised.
    /// </summary>
    public static IEstimator<ITransformer> PageType(MLContext ml) =>
        ml.Transforms.Text.FeaturizeText("Words", WordGrams(2), nameof(PageRow.Text), nameof(PageRow.Cues))
            .Append(ml.Transforms.Text.FeaturizeText("Char3", CharGrams(3), nameof(PageRow.Text)))
            .Append(ml.Transforms.Text.FeaturizeText("Char4", CharGrams(4), nameof(PageRow.Text)))
            .Append(ml.Transforms.Concatenate(Features, "Words", "Char3", "Char4"));

    /// <summary>
    /// Boundary: words of the page's top lines with its cue tokens, and, separately, the tokens comparing it with the
    /// previous page (so that the pair evidence is not drowned by the words).
    /// </summary>
    public static IEstimator<ITransformer> Boundary(MLContext ml) =>
        ml.Transforms.Text.FeaturizeText("TopWords", WordGrams(2), nameof(PageRow.Top), nameof(PageRow.Cues))
            .Append(ml.Transforms.Text.FeaturizeText("PairTokens", WordGrams(1), nameof(PageRow.Pair)))
            .Append(ml.Transforms.Concatenate(Features, "TopWords", "PairTokens"));

    private static TextFeaturizingEstimator.Options WordGrams(int length) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = true,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = length, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
        CharFeatureExtractor = null,
    };

    private static TextFeaturizingEstimator.Options CharGrams(int length) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = true,
        WordFeatureExtractor = null,
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = length, UseAllLengths = false, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
    };
}

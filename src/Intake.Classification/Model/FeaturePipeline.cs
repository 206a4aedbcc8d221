using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace Intake.Classification.Model;

/// <summary>The featurisation shared by the page-type and first-page models.</summary>
internal static class FeaturePipeline
{
    public const string Features = "Features";

    /// <summary>
    /// Word 1–2-grams over the text and the cue tokens (and the position token when <paramref name="withPosition"/>),
    /// so that a cue weighs like one word; char 3-grams and char 4-grams over the text only. Each block is L2-normalised.
    /// </summary>
    public static IEstimator<ITransformer> Build(MLContext ml, bool withPosition)
    {
        var words = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            CharFeatureExtractor = null,
        };
        string[] wordColumns = withPosition
            ? [nameof(PageRow.Text), nameof(PageRow.Cues), nameof(PageRow.Position)]
            : [nameof(PageRow.Text), nameof(PageRow.Cues)];
        return ml.Transforms.Text.FeaturizeText("Words", words, wordColumns)
            .Append(ml.Transforms.Text.FeaturizeText("Char3", CharGrams(3), nameof(PageRow.Text)))
            .Append(ml.Transforms.Text.FeaturizeText("Char4", CharGrams(4), nameof(PageRow.Text)))
            .Append(ml.Transforms.Concatenate(Features, "Words", "Char3", "Char4"));
    }

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

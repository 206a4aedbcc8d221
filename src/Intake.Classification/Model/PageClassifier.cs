using Intake.Classification.Features;
using Intake.Domain.Documents;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Intake.Classification.Model;

/// <summary>
/// Assigns a document type to each page (ML.NET multiclass over the type codes), detects blank pages
/// (rules) and estimates whether a page opens a document (optional binary model). Thread-safe.
/// Obtain one from <c>ClassifierTrainer.Train</c> or <c>ModelStore.Load</c>.
/// </summary>
public sealed class PageClassifier : IDisposable
{
    private readonly EnginePool<PageTypeOutput> _typeEngines;
    private readonly EnginePool<FirstPageOutput>? _firstPageEngines;

    internal PageClassifier(MLContext ml, ITransformer typeModel, ITransformer? firstPageModel,
        DataViewSchema inputSchema, IReadOnlyList<string> labels, ClassifierOptions? options = null)
    {
        Ml = ml;
        TypeModel = typeModel;
        FirstPageModel = firstPageModel;
        InputSchema = inputSchema;
        Labels = labels;
        Options = options ?? new ClassifierOptions();
        CheckScoreSlots(typeModel.GetOutputSchema(inputSchema), labels);
        _typeEngines = new EnginePool<PageTypeOutput>(ml, typeModel, inputSchema);
        if (firstPageModel != null) _firstPageEngines = new EnginePool<FirstPageOutput>(ml, firstPageModel, inputSchema);
    }

    /// <summary>The type codes the model scores, in score order.</summary>
    public IReadOnlyList<string> Labels { get; }

    public ClassifierOptions Options { get; }

    /// <summary>Whether a first-page (document start) model is present.</summary>
    public bool HasFirstPageModel => FirstPageModel != null;

    internal MLContext Ml { get; }
    internal ITransformer TypeModel { get; }
    internal ITransformer? FirstPageModel { get; }
    internal DataViewSchema InputSchema { get; }

    /// <summary>The same model with other run-time settings.</summary>
    public PageClassifier WithOptions(ClassifierOptions options) =>
        new(Ml, TypeModel, FirstPageModel, InputSchema, Labels, options);

    /// <param name="page">The page's text and words.</param>
    /// <param name="indexInFile">0-based index of the page in its file.</param>
    /// <param name="pageCountInFile">Number of pages of the file.</param>
    public PagePrediction Predict(PageText page, int indexInFile, int pageCountInFile)
    {
        var features = PageFeatureExtractor.Extract(page, indexInFile, pageCountInFile);
        if (BlankPageDetector.IsBlank(page, Options.Blank)) return Blank(indexInFile, features.Cues);
        return Predict(features, indexInFile, pageCountInFile);
    }

    /// <summary>Prediction for a page known only by its text (lines separated by '\n').</summary>
    public PagePrediction Predict(string text, double? meanConfidence, int indexInFile, int pageCountInFile)
    {
        var features = PageFeatureExtractor.Extract(text, meanConfidence, indexInFile, pageCountInFile);
        if (BlankPageDetector.IsBlankText(text, Options.Blank)) return Blank(indexInFile, features.Cues);
        return Predict(features, indexInFile, pageCountInFile);
    }

    /// <summary>Predictions for every page of a file, in order.</summary>
    public IReadOnlyList<PagePrediction> PredictFile(IReadOnlyList<PageText> pages) =>
        pages.Select((p, i) => Predict(p, i, pages.Count)).ToArray();

    private PagePrediction Predict(PageFeatures features, int indexInFile, int pageCountInFile)
    {
        var row = ToRow(features, indexInFile, pageCountInFile);
        var scores = _typeEngines.Predict(row).Score;
        var byType = new Dictionary<string, double>(Labels.Count);
        for (int i = 0; i < Labels.Count && i < scores.Length; i++) byType[Labels[i]] = scores[i];
        var best = byType.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First();
        double? firstPage = _firstPageEngines?.Predict(row).Probability;
        string[] flags = best.Value < Options.LowConfidenceThreshold ? [PageFlags.LowConfidencePage] : [];
        return new PagePrediction(indexInFile + 1, best.Key, best.Value, byType, false, firstPage, features.Cues, flags);
    }

    internal static PageRow ToRow(PageFeatures features, int indexInFile, int pageCountInFile, string label = "", bool isFirst = false) =>
        new()
        {
            Text = features.NormalizedText,
            Cues = features.CueTokens,
            Position = PageFeatureExtractor.Position(indexInFile, pageCountInFile),
            Label = label,
            IsFirst = isFirst,
        };

    private static PagePrediction Blank(int indexInFile, PageCues cues) =>
        new(indexInFile + 1, DocumentType.Autre, 0, new Dictionary<string, double>(), true, null, cues, []);

    private static void CheckScoreSlots(DataViewSchema outputSchema, IReadOnlyList<string> labels)
    {
        var score = outputSchema.GetColumnOrNull("Score")
            ?? throw new InvalidOperationException("Le modèle de classification n'a pas de colonne de scores.");
        if (score.Annotations.Schema.GetColumnOrNull("SlotNames") is null) return;
        VBuffer<ReadOnlyMemory<char>> names = default;
        score.GetSlotNames(ref names);
        var actual = names.DenseValues().Select(n => n.ToString()).ToArray();
        if (!actual.SequenceEqual(labels))
            throw new InvalidOperationException(
                $"Les classes du modèle ({string.Join(", ", actual)}) ne correspondent pas à celles attendues ({string.Join(", ", labels)}).");
    }

    public void Dispose()
    {
        _typeEngines.Dispose();
        _firstPageEngines?.Dispose();
    }
}

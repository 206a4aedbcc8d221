using Intake.Classification.Features;
using Intake.Domain.Documents;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Intake.Classification.Model;

/// <summary>
/// Assigns type probabilities to each page (ML.NET multiclass over the type codes, temperature-calibrated), detects
/// blank pages (rules), and estimates, for each page of a file, the probability that it opens a new document given
/// the page before it (boundary model). The splitter then decides types and boundaries over the whole file.
/// Thread-safe. Obtain one from <c>ClassifierTrainer.Train</c> or <c>ModelStore.Load</c>.
/// </summary>
public sealed class PageClassifier : IDisposable
{
    private readonly EnginePool<PageTypeOutput> _typeEngines;
    private readonly EnginePool<FirstPageOutput>? _boundaryEngines;

    internal PageClassifier(MLContext ml, ITransformer typeModel, ITransformer? boundaryModel,
        DataViewSchema inputSchema, IReadOnlyList<string> labels, double temperature = 1,
        IReadOnlyDictionary<string, double>? sameTypeOffsets = null, ClassifierOptions? options = null)
    {
        SameTypeOffsets = sameTypeOffsets ?? new Dictionary<string, double>();
        Ml = ml;
        TypeModel = typeModel;
        BoundaryModel = boundaryModel;
        InputSchema = inputSchema;
        Labels = labels;
        Temperature = temperature > 0 ? temperature : 1;
        Options = options ?? new ClassifierOptions();
        CheckScoreSlots(typeModel.GetOutputSchema(inputSchema), labels);
        _typeEngines = new EnginePool<PageTypeOutput>(ml, typeModel, inputSchema);
        if (boundaryModel != null) _boundaryEngines = new EnginePool<FirstPageOutput>(ml, boundaryModel, inputSchema);
    }

    /// <summary>The type codes the model scores, in score order.</summary>
    public IReadOnlyList<string> Labels { get; }

    public ClassifierOptions Options { get; }

    /// <summary>
    /// Calibration temperature applied to the type model's log-probabilities (fitted on held-out, augmented pages:
    /// above 1 softens an over-confident model).
    /// </summary>
    public double Temperature { get; }

    /// <summary>Per type, the log-odds offset of the boundary probability between two pages of that type (<c>SameTypeBoundaryFit</c>).</summary>
    public IReadOnlyDictionary<string, double> SameTypeOffsets { get; }

    /// <summary>Whether a boundary (opens a new document) model is present.</summary>
    public bool HasBoundaryModel => BoundaryModel != null;

    internal MLContext Ml { get; }
    internal ITransformer TypeModel { get; }
    internal ITransformer? BoundaryModel { get; }
    internal DataViewSchema InputSchema { get; }

    /// <summary>The same model with other run-time settings.</summary>
    public PageClassifier WithOptions(ClassifierOptions options) =>
        new(Ml, TypeModel, BoundaryModel, InputSchema, Labels, Temperature, SameTypeOffsets, options);

    /// <summary>The same model with other calibration parameters (training only).</summary>
    internal PageClassifier WithCalibration(double temperature, IReadOnlyDictionary<string, double> sameTypeOffsets) =>
        new(Ml, TypeModel, BoundaryModel, InputSchema, Labels, temperature, sameTypeOffsets, Options);

    /// <summary>One page on its own (no neighbour: no boundary probability).</summary>
    public PagePrediction Predict(PageText page) => PredictFile([page])[0];

    /// <summary>One page known only by its text (lines separated by '\n'), on its own.</summary>
    public PagePrediction Predict(string text, double? meanConfidence) =>
        PredictSequence([new SequencePage(text, meanConfidence)])[0];

    /// <summary>Predictions for every page of a file, in order, each with its boundary probability.</summary>
    public IReadOnlyList<PagePrediction> PredictFile(IReadOnlyList<PageText> pages) =>
        Sequence(pages.Select(p => (PageFeatureExtractor.Extract(p), BlankPageDetector.IsBlank(p, Options.Blank))).ToArray());

    /// <summary>Predictions for pages known only by their text, as consecutive pages of one file.</summary>
    public IReadOnlyList<PagePrediction> PredictSequence(IReadOnlyList<SequencePage> pages) =>
        Sequence(pages.Select(p => (PageFeatureExtractor.Extract(p.Text, p.MeanConfidence), BlankPageDetector.IsBlankText(p.Text, Options.Blank))).ToArray());

    private PagePrediction[] Sequence((PageFeatures Features, bool Blank)[] pages)
    {
        var result = new PagePrediction[pages.Length];
        PageSummary? previous = null;
        int blanksBetween = 0;
        for (int i = 0; i < pages.Length; i++)
        {
            var (features, blank) = pages[i];
            if (blank)
            {
                result[i] = new(i + 1, DocumentType.Autre, 0, new Dictionary<string, double>(), true, null, features.Cues, []);
                blanksBetween++;
                continue;
            }
            var row = ToRow(features, previous, blanksBetween);
            var byType = TitleEvidence.Apply(TypeScores(row), features.Cues.FirstPageTitle, Options.TitleOdds);
            var best = byType.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First();
            double? boundary = previous is null ? null : _boundaryEngines?.Predict(row).Probability;
            string[] flags = best.Value < Options.LowConfidenceThreshold ? [PageFlags.LowConfidencePage] : [];
            result[i] = new PagePrediction(i + 1, best.Key, best.Value, byType, false, boundary, features.Cues, flags)
            {
                SameTypeBoundary = boundary is double b && SameTypeOffsets.Count > 0
                    ? SameTypeOffsets.ToDictionary(o => o.Key, o => Training.SameTypeBoundaryFit.Apply(b, o.Value))
                    : null,
            };
            previous = features.Summary;
            blanksBetween = 0;
        }
        return result;
    }

    /// <summary>The boundary model's probability for a row (training: fitting the same-type offsets).</summary>
    internal double RawBoundary(PageRow row) => _boundaryEngines?.Predict(row).Probability ?? 0.5;

    /// <summary>The type model's probabilities before calibration (training: fitting the temperature).</summary>
    internal float[] RawScores(PageRow row) => _typeEngines.Predict(row).Score;

    private Dictionary<string, double> TypeScores(PageRow row)
    {
        var raw = RawScores(row);
        var calibrated = Calibrate(raw, Temperature);
        var byType = new Dictionary<string, double>(Labels.Count);
        for (int i = 0; i < Labels.Count && i < calibrated.Length; i++) byType[Labels[i]] = calibrated[i];
        return byType;
    }

    /// <summary>Softmax of log p / T: the temperature-scaled distribution.</summary>
    internal static double[] Calibrate(IReadOnlyList<float> probabilities, double temperature)
    {
        var logits = probabilities.Select(p => Math.Log(Math.Max(p, 1e-9)) / temperature).ToArray();
        double max = logits.Max();
        var exp = logits.Select(l => Math.Exp(l - max)).ToArray();
        double sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }

    internal static PageRow ToRow(PageFeatures features, PageSummary? previous, int blanksBetween, string label = "", bool isFirst = false, float weight = 1) =>
        new()
        {
            Text = features.NormalizedText,
            Cues = features.CueTokens,
            Top = features.TopText,
            Pair = PairCueReader.Tokens(previous, features.Summary, blanksBetween),
            Label = label,
            IsFirst = isFirst,
            Weight = weight,
        };

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
        _boundaryEngines?.Dispose();
    }
}

/// <summary>A page known by its text only (training, evaluation, tests).</summary>
/// <param name="Text">Raw text, lines separated by '\n'.</param>
/// <param name="MeanConfidence">Mean OCR confidence (0–1 or 0–100); null for a text layer.</param>
public sealed record SequencePage(string Text, double? MeanConfidence = null);

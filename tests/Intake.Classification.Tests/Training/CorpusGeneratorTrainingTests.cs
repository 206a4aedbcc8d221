using Intake.Classification.Model;
using Intake.Classification.Splitting;
using Intake.Classification.Tests.Support;
using Intake.Classification.Training;
using Xunit.Abstractions;

namespace Intake.Classification.Tests.Training;

/// <summary>Trains on the corpus generator's pages with one seed, measures on pages from another seed.</summary>
public sealed class CorpusGeneratorTrainingTests(ITestOutputHelper output, CorpusGeneratorTrainingTests.Model model) : IClassFixture<CorpusGeneratorTrainingTests.Model>
{
    public sealed class Model : IDisposable
    {
        public Model()
        {
            Result = ClassifierTrainer.Train(CorpusPages.Generate(seed: 1, count: 500),
                new TrainingOptions { Seed = 1, HeldOutFraction = 0.15, MaximumIterations = 12, TrainedAt = TrainedClassifierFixture.TrainedAt });
            Unseen = CorpusPages.Generate(seed: 2, count: 350);
        }

        public TrainingResult Result { get; }
        public IReadOnlyList<TrainingPage> Unseen { get; }
        public void Dispose() => Result.Classifier.Dispose();
    }

    private readonly Model _model = model;

    [Fact]
    public void Held_out_accuracy_on_another_seed_is_at_least_95_percent()
    {
        var metrics = ClassifierEvaluator.Evaluate(_model.Result.Classifier, _model.Unseen);
        output.WriteLine($"accuracy {metrics.Accuracy:F3} macro-F1 {metrics.MacroF1:F3} on {metrics.PageCount} pages");
        foreach (var (type, m) in metrics.PerClass) output.WriteLine($"{type}: P {m.Precision:F2} R {m.Recall:F2} n {m.Support}");
        Assert.True(metrics.PageCount > 250);
        Assert.True(metrics.Accuracy >= 0.95, $"accuracy {metrics.Accuracy:F3}");
    }

    [Fact]
    public void Splitting_files_of_generated_documents_recovers_most_documents()
    {
        var documents = HeldOutSplit.Documents(_model.Unseen);
        int matched = 0, truthCount = 0, predictedCount = 0;
        foreach (var file in documents.Chunk(6))
        {
            var pages = file.SelectMany(d => d).ToArray();
            var truth = new List<(string, int, int)>();
            int first = 1;
            foreach (var doc in file)
            {
                truth.Add((doc[0].Type, first, first + doc.Length - 1));
                first += doc.Length;
            }
            var predictions = _model.Result.Classifier.PredictSequence(pages.Select(p => new SequencePage(p.Text)).ToArray());
            var split = new DocumentSplitter().Split(predictions).Select(d => (d.Type, d.FirstPage, d.LastPage)).ToArray();
            matched += truth.Count(t => split.Contains(t));
            truthCount += truth.Count;
            predictedCount += split.Length;
        }
        double precision = (double)matched / predictedCount, recall = (double)matched / truthCount;
        double f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"split F1 {f1:F3} (P {precision:F3}, R {recall:F3}, {truthCount} documents)");
        Assert.True(f1 >= 0.85, $"split F1 {f1:F3}");
    }
}

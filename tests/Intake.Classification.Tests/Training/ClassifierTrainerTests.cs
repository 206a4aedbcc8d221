using Intake.Classification.Model;
using Intake.Classification.Tests.Support;
using Intake.Classification.Training;
using Intake.Domain.Documents;

namespace Intake.Classification.Tests.Training;

[Collection(TrainedClassifierCollection.Name)]
public class ClassifierTrainerTests(TrainedClassifierFixture fixture)
{
    private static TrainingOptions Options(int seed = 3) =>
        new() { Seed = seed, HeldOutFraction = 0.25, TrainedAt = TrainedClassifierFixture.TrainedAt, MaximumIterations = 10 };

    [Fact]
    public void Same_data_and_seed_give_the_same_predictions()
    {
        var pages = SyntheticCorpus.TrainingPages(seed: 21, documentsPerType: 5);
        using var a = ClassifierTrainer.Train(pages, Options()).Classifier;
        using var b = ClassifierTrainer.Train(pages, Options()).Classifier;
        var random = new Random(8);
        var sequence = DocumentType.All.Select(type => new SequencePage(SyntheticCorpus.Document(type, random).Pages[0], 0.8)).ToArray();
        var pa = a.PredictSequence(sequence);
        var pb = b.PredictSequence(sequence);
        Assert.Equal(a.Temperature, b.Temperature);
        for (int i = 0; i < sequence.Length; i++)
        {
            Assert.Equal(pa[i].Type, pb[i].Type);
            Assert.Equal(pa[i].Scores, pb[i].Scores);
            Assert.Equal(pa[i].FirstPageProbability, pb[i].FirstPageProbability);
        }
    }

    [Fact]
    public void Metadata_records_labels_hash_date_and_held_out_metrics()
    {
        var metadata = fixture.Result.Metadata;
        Assert.Equal(DocumentType.All, metadata.Labels);
        Assert.Equal(TrainingDataHash.Compute(fixture.Pages), metadata.TrainingDataHash);
        Assert.Equal(TrainedClassifierFixture.TrainedAt, metadata.TrainedAt);
        Assert.True(metadata.HasBoundaryModel);
        Assert.True(metadata.HeldOut.PageCount > 40, $"held-out pages: {metadata.HeldOut.PageCount}");
        Assert.True(metadata.HeldOut.Accuracy >= 0.9, $"held-out accuracy {metadata.HeldOut.Accuracy}");
        Assert.True(metadata.HeldOut.MacroF1 >= 0.85, $"macro-F1 {metadata.HeldOut.MacroF1}");
        Assert.Equal(DocumentType.All.Order(), metadata.HeldOut.PerClass.Keys.Where(DocumentType.IsKnown).Order());
        Assert.Equal(metadata.HeldOut.PageCount, metadata.HeldOut.PerClass.Values.Sum(c => c.Support));
    }

    [Fact]
    public void Hash_changes_with_content_and_order_only()
    {
        var pages = SyntheticCorpus.TrainingPages(seed: 4, documentsPerType: 1);
        string hash = TrainingDataHash.Compute(pages);
        Assert.Equal(hash, TrainingDataHash.Compute(pages.ToList()));
        Assert.Equal(64, hash.Length);
        Assert.NotEqual(hash, TrainingDataHash.Compute(pages.Reverse()));
        Assert.NotEqual(hash, TrainingDataHash.Compute(pages.Skip(1)));
        var edited = pages.ToList();
        edited[0] = edited[0] with { Type = DocumentType.Autre == edited[0].Type ? DocumentType.Courrier : DocumentType.Autre };
        Assert.NotEqual(hash, TrainingDataHash.Compute(edited));
    }

    [Fact]
    public void Held_out_split_is_deterministic_and_keeps_documents_whole()
    {
        var pages = SyntheticCorpus.TrainingPages(seed: 6, documentsPerType: 6);
        var (train, heldOut) = HeldOutSplit.Split(pages, 0.25, seed: 1);
        var (train2, heldOut2) = HeldOutSplit.Split(pages, 0.25, seed: 1);
        Assert.Equal(heldOut, heldOut2);
        Assert.Equal(pages.Count, train.Count + heldOut.Count);
        Assert.All(DocumentType.All, t => Assert.Contains(heldOut, p => p.Type == t));
        var heldOutDocs = HeldOutSplit.Documents(heldOut);
        Assert.All(heldOutDocs, d => Assert.Equal(0, d[0].PageIndex));
        Assert.NotEqual(heldOut, HeldOutSplit.Split(pages, 0.25, seed: 2).HeldOut);
    }

    [Fact]
    public void Unknown_type_is_refused() =>
        Assert.Throws<ArgumentException>(() => ClassifierTrainer.Train(
            [new TrainingPage("un texte de page assez long", "facture_inconnue", true, 0, 1)], Options()));

    [Fact]
    public void Metrics_are_computed_per_class()
    {
        var metrics = ClassifierEvaluator.Compute([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]);
        Assert.Equal(0.75, metrics.Accuracy, 6);
        Assert.Equal(0.5, metrics.PerClass["a"].Recall, 6);
        Assert.Equal(1.0, metrics.PerClass["a"].Precision, 6);
        Assert.Equal(2.0 / 3, metrics.PerClass["b"].Precision, 6);
        Assert.Equal((2.0 / 3 + 0.8) / 2, metrics.MacroF1, 6);
    }
}

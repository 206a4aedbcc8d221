using Intake.Classification.Store;
using Intake.Classification.Tests.Support;
using Intake.Classification.Training;

namespace Intake.Classification.Tests.Training;

public sealed class ClassifierRetrainingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("intake-retrain-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Retraining_on_unchanged_data_is_skipped()
    {
        var store = new ModelStore(_dir);
        var pages = SyntheticCorpus.TrainingPages(seed: 12, documentsPerType: 4);
        var options = new TrainingOptions { Seed = 2, MaximumIterations = 8, TrainedAt = TrainedClassifierFixture.TrainedAt };

        var first = ClassifierRetraining.RetrainIfChanged(store, pages, options);
        Assert.True(first.Trained);
        Assert.True(first.Replace!.Replaced);
        Assert.Equal(TrainingDataHash.Compute(pages), first.Metadata!.TrainingDataHash);
        var written = File.GetLastWriteTimeUtc(store.ModelPath);

        var second = ClassifierRetraining.RetrainIfChanged(store, pages, options);
        Assert.False(second.Trained);
        Assert.Null(second.Replace);
        Assert.Equal(written, File.GetLastWriteTimeUtc(store.ModelPath));

        var more = pages.Concat(SyntheticCorpus.TrainingPages(seed: 13, documentsPerType: 1)).ToArray();
        Assert.True(ClassifierRetraining.RetrainIfChanged(store, more, options).Trained);
    }
}

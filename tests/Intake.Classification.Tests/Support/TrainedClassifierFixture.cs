using Intake.Classification.Training;

namespace Intake.Classification.Tests.Support;

/// <summary>One classifier trained once for all tests of the collection (a few hundred synthetic pages).</summary>
public sealed class TrainedClassifierFixture : IDisposable
{
    public static readonly DateTimeOffset TrainedAt = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    public TrainedClassifierFixture()
    {
        Pages = SyntheticCorpus.TrainingPages(seed: 11, documentsPerType: 20);
        Result = ClassifierTrainer.Train(Pages, new TrainingOptions { Seed = 7, HeldOutFraction = 0.2, TrainedAt = TrainedAt });
    }

    public IReadOnlyList<TrainingPage> Pages { get; }
    public TrainingResult Result { get; }

    public void Dispose() => Result.Classifier.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TrainedClassifierCollection : ICollectionFixture<TrainedClassifierFixture>
{
    public const string Name = "trained classifier";
}

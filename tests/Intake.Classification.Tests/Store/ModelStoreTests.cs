using Intake.Classification.Model;
using System.Text.Json.Nodes;
using Intake.Classification.Store;
using Intake.Classification.Tests.Support;
using Intake.Classification.Training;
using Intake.Domain.Documents;

namespace Intake.Classification.Tests.Store;

[Collection(TrainedClassifierCollection.Name)]
public sealed class ModelStoreTests(TrainedClassifierFixture fixture) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("intake-model-store-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Round_trip_keeps_predictions_and_metadata()
    {
        var store = new ModelStore(_dir);
        Assert.False(store.Exists);
        var written = store.Save(fixture.Result);
        Assert.Equal(64, written.ModelSha256!.Length);
        Assert.Equal([ModelStore.MetadataFileName, ModelStore.ModelFileName], Directory.GetFiles(_dir).Select(Path.GetFileName).Order());

        using var loaded = store.Load();
        var metadata = store.ReadMetadata()!;
        Assert.Equal(fixture.Result.Metadata.TrainingDataHash, metadata.TrainingDataHash);
        Assert.Equal(fixture.Result.Metadata.HeldOut.Accuracy, metadata.HeldOut.Accuracy);
        Assert.Equal(fixture.Result.Metadata.TrainedAt, metadata.TrainedAt);
        Assert.Equal(DocumentType.All, metadata.Labels);
        Assert.True(loaded.HasBoundaryModel);
        Assert.Equal(fixture.Result.Classifier.Temperature, loaded.Temperature);
        var random = new Random(31);
        var pages = DocumentType.All.Select(type => new SequencePage(SyntheticCorpus.Document(type, random).Pages[0], 0.9)).ToArray();
        var before = fixture.Result.Classifier.PredictSequence(pages);
        var after = loaded.PredictSequence(pages);
        for (int i = 0; i < pages.Length; i++)
        {
            Assert.Equal(before[i].Type, after[i].Type);
            Assert.Equal(before[i].Confidence, after[i].Confidence, 6);
            Assert.Equal(before[i].FirstPageProbability ?? -1, after[i].FirstPageProbability ?? -1, 6);
        }
        Assert.NotNull(after[^1].FirstPageProbability);
        Assert.True(store.IsUpToDate(fixture.Result.Metadata.TrainingDataHash));
        Assert.False(store.IsUpToDate(new string('0', 64)));
    }

    [Fact]
    public void Missing_model_is_reported_clearly()
    {
        var e = Assert.Throws<FileNotFoundException>(() => new ModelStore(_dir).Load());
        Assert.Contains(ModelStore.ModelFileName, e.Message);
    }

    [Fact]
    public void Other_format_version_is_refused()
    {
        var store = new ModelStore(_dir);
        store.Save(fixture.Result);
        EditMetadata(store, json => json["format_version"] = 99);
        var e = Assert.Throws<InvalidDataException>(() => store.Load());
        Assert.Contains("99", e.Message);
        Assert.False(store.IsUpToDate(fixture.Result.Metadata.TrainingDataHash));
    }

    [Fact]
    public void Other_label_set_is_refused()
    {
        var store = new ModelStore(_dir);
        store.Save(fixture.Result);
        EditMetadata(store, json => json["labels"]!.AsArray().RemoveAt(0));
        var e = Assert.Throws<InvalidDataException>(() => store.Load());
        Assert.Contains("types de documents", e.Message);
    }

    [Fact]
    public void Model_file_not_matching_its_metadata_is_refused()
    {
        var store = new ModelStore(_dir);
        store.Save(fixture.Result);
        File.AppendAllText(store.ModelPath, "x");
        Assert.Throws<InvalidDataException>(() => store.Load());
    }

    [Fact]
    public void Replace_if_not_worse_keeps_the_better_model()
    {
        var store = new ModelStore(_dir);
        var heldOut = SyntheticCorpus.TrainingPages(seed: 77, documentsPerType: 2);

        var first = store.ReplaceIfNotWorse(fixture.Result, heldOut);
        Assert.True(first.Replaced);
        Assert.Null(first.CurrentAccuracy);
        string goodHash = store.ReadMetadata()!.TrainingDataHash;

        // A candidate trained on a handful of pages of two types is worse: the stored model stays, bytes untouched.
        var tiny = SyntheticCorpus.TrainingPages(seed: 5, documentsPerType: 2)
            .Where(p => p.Type is DocumentType.Courrier or DocumentType.Autre).ToArray();
        var worse = ClassifierTrainer.Train(tiny, new TrainingOptions { Seed = 1, HeldOutFraction = 0, TrainedAt = TrainedClassifierFixture.TrainedAt });
        byte[] before = File.ReadAllBytes(store.ModelPath);
        var second = store.ReplaceIfNotWorse(worse, heldOut);
        Assert.False(second.Replaced);
        Assert.True(second.CandidateAccuracy < second.CurrentAccuracy);
        Assert.Equal(before, File.ReadAllBytes(store.ModelPath));
        Assert.Equal(goodHash, store.ReadMetadata()!.TrainingDataHash);

        // The same model again is "not worse" (equal accuracy): replaced.
        var third = store.ReplaceIfNotWorse(fixture.Result, heldOut);
        Assert.True(third.Replaced);
        Assert.Equal(third.CurrentAccuracy, third.CandidateAccuracy);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Unusable_stored_model_is_replaced()
    {
        var store = new ModelStore(_dir);
        store.Save(fixture.Result);
        EditMetadata(store, json => json["format_version"] = 0);
        var outcome = store.ReplaceIfNotWorse(fixture.Result, SyntheticCorpus.TrainingPages(seed: 78, documentsPerType: 1));
        Assert.True(outcome.Replaced);
        using var loaded = store.Load();
        Assert.Equal(ModelMetadata.CurrentFormatVersion, store.ReadMetadata()!.FormatVersion);
    }

    private static void EditMetadata(ModelStore store, Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(store.MetadataPath))!.AsObject();
        edit(json);
        File.WriteAllText(store.MetadataPath, json.ToJsonString());
    }
}

using Intake.Classification.Splitting;
using Intake.Classification.Store;
using Intake.Extraction;
using Intake.Text;

namespace Intake.Pipeline.Steps;

/// <summary>Builds the real stages with their defaults.</summary>
public static class StageFactory
{
    public static ITextStage Text(int parallelism) =>
        new TextStage(new FileTextReader(new TextOptions { DegreeOfParallelism = Math.Max(1, parallelism) }));

    public static IClassificationStage Classification(string modelsDir)
    {
        var store = new ModelStore(modelsDir);
        if (!store.Exists)
            throw new InvalidOperationException($"No page classifier in {modelsDir}: run `scripts/intake train` to build it.");
        return new ClassificationStage(store, new DocumentSplitter());
    }

    public static IExtractionStage Extraction() => new ExtractionStage(new FieldExtractor());
}

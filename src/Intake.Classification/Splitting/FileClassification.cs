using Intake.Classification.Model;
using Intake.Domain.Documents;

namespace Intake.Classification.Splitting;

/// <summary>Every page's prediction and the logical documents of one file.</summary>
public sealed record FileClassification(IReadOnlyList<PagePrediction> Pages, IReadOnlyList<LogicalDocument> Documents);

public static class FileClassifier
{
    /// <summary>Classifies every page of a file, then groups the pages into logical documents.</summary>
    public static FileClassification Classify(this PageClassifier classifier, IReadOnlyList<PageText> pages, DocumentSplitter? splitter = null)
    {
        var predictions = classifier.PredictFile(pages);
        return new FileClassification(predictions, (splitter ?? new DocumentSplitter()).Split(predictions));
    }
}

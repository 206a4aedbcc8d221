using Intake.Classification.Model;
using Intake.Classification.Splitting;
using Intake.Domain.Documents;

namespace Intake.Pipeline.Steps;

/// <summary>Stages 3 and 4 through Intake.Classification (ML.NET page model, then the splitter).</summary>
public sealed class ClassificationStage(PageClassifier classifier, DocumentSplitter splitter) : IClassificationStage
{
    public (IReadOnlyList<PageLabel> Pages, IReadOnlyList<(string Type, double Confidence, int FirstPage, int LastPage, IReadOnlyList<string> Flags)> Documents)
        ClassifyAndSplit(FileText text)
    {
        if (text.Pages.Count == 0) return ([], []);
        var predictions = classifier.PredictFile(text.Pages);
        var labels = predictions.Select(p => new PageLabel(p.PageNumber, p.Type, p.Confidence, p.IsBlank)).ToList();
        var documents = splitter.Split(predictions)
            .Select(d => (d.Type, d.Confidence, d.FirstPage, d.LastPage, d.Flags))
            .ToList();
        return (labels, documents);
    }
}

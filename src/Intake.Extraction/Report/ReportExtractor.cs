using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Common;
using Intake.Extraction.Documents;
using Intake.Extraction.Text;

namespace Intake.Extraction.Report;

/// <summary>Expert reports (rapport d'expertise): figures and findings from free prose, header facts, victim.</summary>
public sealed class ReportExtractor : IFieldExtractor
{
    public string Type => DocumentType.RapportExpertise;

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var doc = new DocumentText(pages);
        var sentences = Sentences.Split(doc);
        var set = new FieldSet();
        set.Add(CommonPatterns.DocumentDate(doc, FieldKeys.ExpertiseDate));
        set.Add(CommonPatterns.Doctor(doc, FieldKeys.ExpertiseExpert));
        set.Add(CommonPatterns.FileNumber(doc, FieldKeys.ExpertiseNumeroDossier));
        ReportFigures.AddTo(doc, sentences, set);
        ReportFindings.AddTo(doc, sentences, set);
        VictimIdentityFinder.AddTo(doc, set);
        return set.ToList();
    }
}

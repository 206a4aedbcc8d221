using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Common;
using Intake.Extraction.Text;

namespace Intake.Extraction.Documents;

/// <summary>Types without required fields: the victim's identity and a cited CCI file number when printed.</summary>
public sealed class GenericExtractor(string type) : IFieldExtractor
{
    public string Type => type;

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var doc = new DocumentText(pages);
        var set = new FieldSet();
        set.Add(CommonPatterns.FileNumber(doc, FieldKeys.CourrierNumeroDossier));
        VictimIdentityFinder.AddTo(doc, set);
        if (type == DocumentType.DocumentMedical) VictimIdentityFinder.AddStandaloneName(doc, set);
        return set.ToList();
    }
}

using System.Text.RegularExpressions;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Common;
using Intake.Extraction.Text;

namespace Intake.Extraction.Documents;

/// <summary>Medical certificates: date, doctor, patient.</summary>
public sealed partial class MedicalCertificateExtractor : IFieldExtractor
{
    [GeneratedRegex(@"(?:avoir examine|examine ce jour|ai examine|examine le|avoir recu en consultation|certifie que)\s+(?:ce jour\s+)?(?:le\s+[^,\n]{1,25}\s+)?")]
    private static partial Regex Examined();

    public string Type => DocumentType.CertificatMedical;

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var doc = new DocumentText(pages);
        var set = new FieldSet();
        set.Add(CommonPatterns.DocumentDate(doc, FieldKeys.CertificatDate));
        if (!set.Has(FieldKeys.CertificatDate))
        {
            var last = doc.Dates.LastOrDefault(d => !doc.Folded[Math.Max(0, d.Index - 12)..d.Index].Contains("ne"));
            if (last.Length > 0) set.Add(Prose.DateField(doc, FieldKeys.CertificatDate, last, 0.6));
        }
        set.Add(CommonPatterns.Doctor(doc, FieldKeys.CertificatMedecin));
        foreach (Match m in Examined().Matches(doc.Folded))
        {
            if (Prose.NameAt(doc, m.Index + m.Length) is not { } n) continue;
            var (nom, prenoms) = PersonNameParser.SplitFullName(n.Text);
            if (nom.Length == 0) continue;
            set.Add(Prose.At(doc, FieldKeys.VictimeNom, nom, n.Start, n.Length, 0.8));
            if (prenoms.Length > 0) set.Add(Prose.At(doc, FieldKeys.VictimePrenoms, prenoms, n.Start, n.Length, 0.8));
            break;
        }
        VictimIdentityFinder.AddTo(doc, set);
        return set.ToList();
    }
}

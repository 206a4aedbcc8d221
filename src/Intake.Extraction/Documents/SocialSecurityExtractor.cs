using System.Text.RegularExpressions;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Common;
using Intake.Extraction.Text;

namespace Intake.Extraction.Documents;

/// <summary>Social-security rights certificate (attestation de droits): NIR, fund, insured person's name.</summary>
public sealed partial class SocialSecurityExtractor : IFieldExtractor
{
    [GeneratedRegex(@"(?:organisme(?: de rattachement| d'affiliation| d'assurance maladie)?|caisse(?: d'affiliation| de rattachement| d'assurance maladie)?|votre caisse)\s*:\s*")]
    private static partial Regex CaisseLabel();

    [GeneratedRegex(@"\b(?:cpam|cgss|caisse primaire d'assurance maladie|caisse generale de securite sociale|msa|mutualite sociale agricole|caisse d'assurance maladie|camieg|cnmss|enim|crpcen|cavimac)\b")]
    private static partial Regex CaisseName();

    public string Type => DocumentType.AttestationSecuriteSociale;

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var doc = new DocumentText(pages);
        var set = new FieldSet();
        var nirs = NirReader.FindAll(doc.Raw);
        var nir = nirs.FirstOrDefault(n => n.Valid);
        if (nir.Value is null) nir = nirs.FirstOrDefault(n => n.Value.Length == 15);
        if (nir.Value is not null) set.Add(Prose.At(doc, FieldKeys.VictimeNir, nir.Value, nir.Index, nir.Length, 0.9, nir.Valid));
        foreach (Match m in CaisseLabel().Matches(doc.Folded))
            if (Prose.LineValue(doc, m.Index + m.Length) is { } v)
            {
                set.Add(Prose.At(doc, FieldKeys.VictimeCaisse, doc.Slice(v.Start, v.Length), v.Start, v.Length, 0.85));
                break;
            }
        if (!set.Has(FieldKeys.VictimeCaisse))
            foreach (Match m in CaisseName().Matches(doc.Folded))
            {
                if (m.Index > 0 && doc.Folded[..m.Index].EndsWith("l'assurance maladie ", StringComparison.Ordinal)) continue;
                if (Prose.LineValue(doc, m.Index) is not { } v) continue;
                int len = Math.Min(v.Length, 60);
                set.Add(Prose.At(doc, FieldKeys.VictimeCaisse, doc.Slice(v.Start, len), v.Start, len, 0.75));
                break;
            }
        VictimIdentityFinder.AddTo(doc, set, withNir: false);
        return set.ToList();
    }
}

using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Common;
using Intake.Extraction.Documents.Mrz;
using Intake.Extraction.Layout;
using Intake.Extraction.Text;

namespace Intake.Extraction.Documents;

/// <summary>
/// Identity cards, passports, residence permits: the MRZ (check digits verified) and the printed labels
/// ("Nom", "Prénoms", "Né(e) le"); the printed value is kept when the MRZ agrees with it (accents, full first names).
/// </summary>
public sealed class IdentityDocumentExtractor : IFieldExtractor
{
    private static readonly IReadOnlyList<LabelDef> Labels =
    [
        new("nom", "Nom", "Nom / Surname", "Surname", "Nom de naissance", "Nom de famille"),
        new("nom_usage", "Nom d'usage", "Nom d'usage / Alternate name", "Alternate name", "Épouse", "Usage"),
        new("prenoms", "Prénom(s)", "Prénoms", "Prénom", "Prénoms / Given names", "Given names"),
        new("naissance", "Date de naissance", "Date de naissance / Date of birth", "Date of birth", "Né(e) le", "Née le", "Né le", "Date de naiss"),
        new("lieu", "Lieu de naissance", "Lieu de naissance / Place of birth", "Place of birth", "Né(e) à", "À"),
        new("sexe", "Sexe", "Sexe / Sex", "Sex"),
        new("nationalite", "Nationalité", "Nationality"),
        new("numero", "N° du document", "Document No", "Numéro", "N°"),
    ];

    public string Type => DocumentType.PieceIdentite;

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var set = new FieldSet();
        var doc = new DocumentText(pages);
        var mrz = MrzReader.Read(pages);
        var layout = new FormLayout(pages, Labels);
        var printedNom = Printed(layout, "nom", FieldKeys.IdentiteNom, FieldKind.PersonName);
        var printedPrenoms = Printed(layout, "prenoms", FieldKeys.IdentitePrenoms, FieldKind.PersonName);
        var printedBirth = Printed(layout, "naissance", FieldKeys.IdentiteDateNaissance, FieldKind.BirthDate);
        set.Add(TypeField(doc, mrz));
        if (mrz is not null)
        {
            // the names have no check digit: the zone is trusted for them as far as its numbers check
            double conf = mrz.Valid ? 0.9 : mrz.BirthValid ? 0.75 : 0.5;
            set.Add(Choose(printedNom, mrz.Surname, FieldKeys.IdentiteNom, mrz, conf));
            set.Add(Choose(printedPrenoms, mrz.GivenNames, FieldKeys.IdentitePrenoms, mrz, conf));
            set.Add(BirthDate(printedBirth, mrz));
        }
        set.AddIfMissing(printedNom);
        set.AddIfMissing(printedPrenoms);
        set.AddIfMissing(printedBirth);
        return set.ToList();
    }

    private static ExtractedField? Printed(FormLayout layout, string label, string key, FieldKind kind)
    {
        foreach (var hit in layout.Find(label))
        {
            var f = ValueReader.FromWords(key, kind, layout.ValueWords(hit), hit.Line.Page.Number, FormLayout.LabelReliability(hit, 0.85));
            if (f is null) continue;
            if (kind != FieldKind.PersonName) return f;
            var name = PrintedName.Trim((string)f.Value);
            if (name.Any(char.IsLetter)) return f with { Value = name };
        }
        return null;
    }

    /// <summary>
    /// The printed name when the zone agrees with it (the zone has no accents and may be truncated), cut after
    /// the words that make up the zone's name; the zone's name when they disagree and its numbers check.
    /// Two sources agreeing make the value sure; a disagreement leaves it doubtful.
    /// </summary>
    private static ExtractedField? Choose(ExtractedField? printed, string fromMrz, string key, MrzData mrz, double conf)
    {
        if (fromMrz.Length == 0) return printed;
        if (printed is { Value: string p })
        {
            if (PrintedName.WordsMatching(p, fromMrz) is { } n)
            {
                var kept = string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(n));
                return printed with { Value = kept, Confidence = Math.Max(printed.Confidence, 0.97) };
            }
            var a = string.Concat(PrintedName.Tokens(p));
            var b = string.Concat(PrintedName.Tokens(fromMrz));
            // a zone cut at its field's length: the printed name goes on where it stops
            if (b.Length >= 20 && a.StartsWith(b, StringComparison.Ordinal))
                return printed with { Confidence = Math.Max(printed.Confidence, 0.9) };
            if (!mrz.Valid) return printed with { Confidence = Math.Min(printed.Confidence, 0.55) };
            return new ExtractedField(key, fromMrz, 0.55, mrz.Page, mrz.Box);
        }
        return new ExtractedField(key, fromMrz, conf, mrz.Page, mrz.Box);
    }

    /// <summary>The zone's birth date when its check digit verifies (surer still when the printed date agrees).</summary>
    private static ExtractedField? BirthDate(ExtractedField? printed, MrzData mrz)
    {
        if (mrz.BirthDate is not { } b) return printed;
        bool agree = printed?.Value is DateOnly d && d == b;
        if (mrz.BirthValid) return new ExtractedField(FieldKeys.IdentiteDateNaissance, b, agree ? 0.98 : 0.93, mrz.Page, mrz.Box);
        if (agree) return printed! with { Confidence = Math.Max(printed!.Confidence, 0.9) };
        return printed ?? new ExtractedField(FieldKeys.IdentiteDateNaissance, b, 0.45, mrz.Page, mrz.Box);
    }

    private static ExtractedField TypeField(DocumentText doc, MrzData? mrz)
    {
        var f = doc.Folded;
        int page = doc.Pages.Count > 0 ? doc.Pages[0].Number : 1;
        if (f.Contains("titre de sejour") || f.Contains("residence permit") || f.Contains("carte de resident") || f.Contains("carte de sejour"))
            return new ExtractedField(FieldKeys.IdentiteType, "titre_sejour", 0.9, page, null);
        if (mrz is not null)
        {
            var code = mrz.DocumentCode;
            var type = code.StartsWith('P') ? "passeport" : code is "ID" or "I" or "IF" ? "cni" : code.StartsWith('I') || code.StartsWith('A') || code.StartsWith('R') ? "titre_sejour" : "cni";
            return new ExtractedField(FieldKeys.IdentiteType, type, mrz.Valid ? 0.95 : 0.75, mrz.Page, mrz.Box);
        }
        if (f.Contains("passeport") || f.Contains("passport"))
            return new ExtractedField(FieldKeys.IdentiteType, "passeport", 0.85, page, null);
        return new ExtractedField(FieldKeys.IdentiteType, "cni", f.Contains("identite") || f.Contains("identity") ? 0.85 : 0.5, page, null);
    }
}

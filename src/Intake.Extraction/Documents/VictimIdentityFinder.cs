using System.Text.RegularExpressions;
using Intake.Domain.Parsing;
using Intake.Extraction.Common;
using Intake.Extraction.Text;

namespace Intake.Extraction.Documents;

/// <summary>
/// The victim's identity when printed on any document (used to attach mail to dossiers): labelled
/// ("Nom :", "Prénom(s) :", "Date de naissance :", "Patient :"), or in prose ("Madame Jeanne DUPONT, née le …").
/// </summary>
public static partial class VictimIdentityFinder
{
    [GeneratedRegex(@"(?m)(?:^|\s)(?:nom(?: de naissance| d'usage| de famille| patronymique| de l'assure(?:\(e\)|e)?)?|nom de jeune fille)\s*:")]
    private static partial Regex NomLabel();

    [GeneratedRegex(@"(?m)(?:^|\s)prenom(?:\(s\)|s)?(?: usuel)?\s*:")]
    private static partial Regex PrenomLabel();

    [GeneratedRegex(@"(?m)(?:^|\s)(?:nom et prenoms?(?:\(s\))?|nom,? prenoms?|patient\(e\)|patiente?|victime|assure\(e\)|assuree?|beneficiaire|concerne|objet : dossier de|dossier de)\s*:\s*")]
    private static partial Regex FullNameLabel();

    /// <summary>"Nom et prénom(s) de l'assuré(e)" opening a line, printed without a colon (a form's label column).</summary>
    [GeneratedRegex(@"(?m)^\s*nom(?: et|,) prenoms?(?:\(s\))?(?: (?:de l'|du |de la )(?:assure\(e\)|assuree?|patient\(e\)|patiente?|beneficiaire|defunt\(e\)|defunte?))?\s+(?=[a-z])")]
    private static partial Regex FullNameColumn();

    [GeneratedRegex(@"(?:date de naissance|ne\(e\) le|nee? le|nee? :)\s*:?\s*")]
    private static partial Regex BirthLabel();

    [GeneratedRegex(@"\b(?:chu|chr|ch|clinique|polyclinique|hopital|hospitalier|centre|service|cabinet|laboratoire|institut|pharmacie|ehpad|groupe|fondation|assurance|mutuelle|caisse|tribunal|cci)\b")]
    private static partial Regex Institution();

    /// <summary>", né(e) le", ", née le", ", décédé(e) le": the words just before name a person.</summary>
    [GeneratedRegex(@"(?:\bnee?(?:\(e\))?|\bdecedee?(?:\(e\))?)\s+(?:le|a)\b")]
    private static partial Regex PersonCue();

    [GeneratedRegex(@"\b(?:madame|monsieur|mme|mlle|m\.)\s+(?=[a-z])")]
    private static partial Regex Civility();

    [GeneratedRegex(@"\s(?:prenom|ne\(e\)|nee?\s|date|n°|numero|adresse|sexe|nir)")]
    private static partial Regex InlineStop();

    public static void AddTo(DocumentText doc, FieldSet set, bool withNir = true)
    {
        foreach (Match m in NomLabel().Matches(doc.Folded))
        {
            if (Prose.LineValue(doc, m.Index + m.Length, InlineStop()) is not { } v) continue;
            var text = PersonNameParser.StripTitles(doc.Slice(v.Start, v.Length));
            if (!text.Any(char.IsLetter) || text.Any(char.IsDigit)) continue;
            set.AddIfMissing(Prose.At(doc, FieldKeys.VictimeNom, text, v.Start, v.Length, 0.85));
            break;
        }
        foreach (Match m in PrenomLabel().Matches(doc.Folded))
        {
            if (Prose.LineValue(doc, m.Index + m.Length, InlineStop()) is not { } v) continue;
            var text = doc.Slice(v.Start, v.Length);
            if (!text.Any(char.IsLetter) || text.Any(char.IsDigit)) continue;
            set.AddIfMissing(Prose.At(doc, FieldKeys.VictimePrenoms, text, v.Start, v.Length, 0.85));
            break;
        }
        foreach (Match m in FullNameLabel().Matches(doc.Folded))
            if (AddFullName(doc, set, m.Index + m.Length, 0.75)) break;
        foreach (Match m in FullNameColumn().Matches(doc.Folded))
            if (AddFullName(doc, set, m.Index + m.Length, 0.7, requireCapitals: true)) break;
        foreach (Match m in Civility().Matches(doc.Folded))
        {
            var birth = Prose.DateAfter(doc, m.Index, 90);
            bool born = birth is { } b && BirthLabel().IsMatch(doc.Folded[m.Index..b.Index]);
            if (!born && set.Has(FieldKeys.VictimeNom)) continue;
            if (AddFullName(doc, set, m.Index, born ? 0.75 : 0.55, requireCapitals: true) && born)
                set.AddIfMissing(Prose.DateField(doc, FieldKeys.VictimeDateNaissance, birth!.Value, 0.8));
            if (born) break;
        }
        foreach (Match m in PersonCue().Matches(doc.Folded))
        {
            if (set.Has(FieldKeys.VictimeNom)) break;
            if (Prose.NameBefore(doc, m.Index) is not { } n) continue;
            var (nom, prenoms) = PersonNameParser.SplitFullName(n.Text);
            if (nom.Length == 0 || prenoms.Length == 0) continue;
            set.AddIfMissing(Prose.At(doc, FieldKeys.VictimeNom, nom, n.Start, n.Length, 0.6));
            set.AddIfMissing(Prose.At(doc, FieldKeys.VictimePrenoms, prenoms, n.Start, n.Length, 0.6));
        }
        foreach (var (_, d) in Prose.DatesAfter(doc, BirthLabel(), 25))
        {
            set.AddIfMissing(Prose.DateField(doc, FieldKeys.VictimeDateNaissance, d, 0.85));
            break;
        }
        if (withNir && NirReader.FindAll(doc.Raw).FirstOrDefault(n => n.Valid) is { Value: not null } nir && nir.Length > 0)
            set.AddIfMissing(Prose.At(doc, FieldKeys.VictimeNir, nir.Value, nir.Index, nir.Length, 0.9, true));
    }

    /// <summary>
    /// A line that is nothing but a person's name ("DUPONT Marie" under the date of a prescription), among the
    /// first lines of a medical record: the patient. Lines opening with a title (the doctor) are skipped.
    /// </summary>
    public static void AddStandaloneName(DocumentText doc, FieldSet set, int maxLines = 12)
    {
        if (set.Has(FieldKeys.VictimeNom)) return;
        int i = 0;
        for (int k = 0; k < maxLines && i < doc.Raw.Length; k++)
        {
            int end = doc.LineEnd(i);
            var line = doc.Raw[i..end].Trim().TrimEnd(';', ',', '.', ':', ' ');
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 2 and <= 5 && !PersonNameParser.IsTitle(words[0].TrimEnd('.'))
                && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\''))
                && words.Any(PersonNameParser.IsUpperWord) && !words.All(PersonNameParser.IsUpperWord)
                && !Institution().IsMatch(TextFolding.Fold(line)))
            {
                var (nom, prenoms) = PersonNameParser.SplitFullName(line);
                int start = i + doc.Raw[i..end].IndexOf(line, StringComparison.Ordinal);
                set.AddIfMissing(Prose.At(doc, FieldKeys.VictimeNom, nom, start, line.Length, 0.5));
                if (prenoms.Length > 0) set.AddIfMissing(Prose.At(doc, FieldKeys.VictimePrenoms, prenoms, start, line.Length, 0.5));
                return;
            }
            i = end + 1;
        }
    }

    private static bool AddFullName(DocumentText doc, FieldSet set, int index, double method, bool requireCapitals = false)
    {
        if (Prose.NameAt(doc, index) is not { } n) return false;
        var words = n.Text.Split(' ');
        if (requireCapitals && !words.Any(PersonNameParser.IsUpperWord)) return false;
        if (words.Length < 2 && !PersonNameParser.IsUpperWord(words[0])) return false;
        var (nom, prenoms) = PersonNameParser.SplitFullName(n.Text);
        if (nom.Length == 0) return false;
        set.AddIfMissing(Prose.At(doc, FieldKeys.VictimeNom, nom, n.Start, n.Length, method));
        if (prenoms.Length > 0) set.AddIfMissing(Prose.At(doc, FieldKeys.VictimePrenoms, prenoms, n.Start, n.Length, method));
        return true;
    }
}

using Intake.Domain.Documents;
using Intake.Domain.Identity;

namespace Intake.Domain.Facts;

/// <summary>
/// Whose identity paper it is (docs/rules.md "Completeness": the victim's, and the filer's own when the filer is not the
/// victim). Decided from what the paper prints against the victim and the filer named on the form: the birth date
/// first, then the first names. A paper with no evidence against the victim stays the victim's; when the filer is
/// the victim every paper is the victim's.
/// </summary>
public static class IdentityPaperSubject
{
    /// <summary>The documents with the subject of each identity paper resolved against the consolidated facts.</summary>
    public static IReadOnlyList<DossierDocument> Resolve(IReadOnlyList<DossierDocument> documents, FactSet facts)
    {
        if ((facts.Text("demandeur.qualite") ?? "victime") == "victime") return documents;
        var victim = new Person(facts.Text("victime.prenoms"), facts.Date("victime.date_naissance"));
        var filer = new Person(facts.Text("demandeur.prenoms"), null);
        return documents
            .Select(d => d.Type == DocumentType.PieceIdentite && d.About == DocumentSubject.Victime && IsFilers(d, victim, filer)
                ? d with { About = DocumentSubject.Demandeur }
                : d)
            .ToList();
    }

    private sealed record Person(string? FirstNames, DateOnly? BirthDate);

    private static bool IsFilers(DossierDocument paper, Person victim, Person filer)
    {
        var printed = new Person(Best(paper, "identite.prenoms") as string, Best(paper, "identite.date_naissance") as DateOnly?);
        bool? victimFirstNames = Same(printed.FirstNames, victim.FirstNames);
        bool? filerFirstNames = Same(printed.FirstNames, filer.FirstNames);
        if (printed.BirthDate is { } born && victim.BirthDate is { } victimBorn)
        {
            if (born == victimBorn) return false;
            // Another birth date: someone else, unless the first names say it is the victim's paper misread.
            return !(victimFirstNames == true && filerFirstNames != true);
        }
        if (victimFirstNames == true) return false;
        return filerFirstNames == true || victimFirstNames == false;
    }

    private static bool? Same(string? a, string? b) =>
        a is null || b is null || PersonName.FirstNameKeys(a).Count == 0 || PersonName.FirstNameKeys(b).Count == 0
            ? null
            : PersonName.SameFirstNames(a, b);

    private static object? Best(DossierDocument doc, string key) =>
        doc.Fields.Where(f => f.Key == key).MaxBy(f => f.Confidence) is { } f ? FactValues.Coerce(key, f.Value) : null;
}

using Intake.Domain.Calendar;
using Intake.Domain.Documents;
using Intake.Domain.Facts;

namespace Intake.Domain.Rules;

/// <summary>
/// The dossier as the rules read it (possibly as of a past day, for the complete-date replay), with the derived
/// situations several rules share: deceased, protected, minor victim; the filer's capacity; the act's date.
/// </summary>
internal sealed class RuleContext(RuleSet set, DateOnly receiptDate, IReadOnlyList<CaseDocument> documents, FactSet facts)
{
    public RuleSet Set { get; } = set;
    public DateOnly ReceiptDate { get; } = receiptDate;
    public IReadOnlyList<CaseDocument> Documents { get; } = documents;
    public FactSet Facts { get; } = facts;

    public bool Holds(string type) => Documents.Any(d => d.Type == type);

    public bool Holds(string type, DocumentSubject about) => Documents.Any(d => d.Type == type && d.About == about);

    public bool ClaimFormHeld => Holds(DocumentType.DemandeIndemnisation);

    /// <summary>demandeur.qualite; <c>victime</c> when section 2 is empty (docs/fields.md).</summary>
    public string Qualite => Facts.Text("demandeur.qualite") ?? "victime";

    /// <summary>The victim died: the form or the report says so, a date of death is known, or a death certificate is held.</summary>
    public bool IsDeceased =>
        Facts.IsTrue("victime.decedee") || Facts.IsTrue("expertise.deces") ||
        Facts.Has("victime.date_deces") || Facts.Has("deces.date") ||
        Holds(DocumentType.ActeDeces);

    /// <summary>Def. 9: a guardianship order is held (<c>about</c> only matters for identity papers), or victime.protegee is true.</summary>
    public bool IsProtected => Facts.IsTrue("victime.protegee") || Holds(DocumentType.JugementProtection);

    /// <summary>Def. 9: under 18 on the receipt date of the claim (turning 18 that day is an adult); null when the birth date is unknown.</summary>
    public bool? IsMinor => Facts.Date("victime.date_naissance") is { } birth
        ? !CalendarMath.HasReachedAge(birth, ReceiptDate, Set.MajorityAge)
        : null;

    /// <summary>The inputs behind <see cref="IsDeceased"/>, for the trail.</summary>
    public IEnumerable<TrailInput?> DeathInputs =>
    [
        RuleRun.In(Facts["victime.decedee"]), RuleRun.In(Facts["expertise.deces"]),
        RuleRun.In(Facts["victime.date_deces"]), RuleRun.In(Facts["deces.date"]),
        Holds(DocumentType.ActeDeces) ? RuleRun.Derived("documents.acte_deces", true) : null,
    ];

    /// <summary>Def. 8: the act was performed before 5 September 2001; null when its date is unknown.</summary>
    public bool? ActBeforeLaw => Facts.Date("faits.date_acte") is { } act ? act < Set.LawApplicableFrom : null;

    /// <summary>A copy reading the same dossier as of the end of <paramref name="day"/>.</summary>
    public RuleContext AsOf(DateOnly day, Func<Fact, DateOnly> knownFrom) =>
        new(Set, ReceiptDate, Documents.Where(d => d.Received <= day).ToList(), Facts.Where(f => knownFrom(f) <= day));
}

using Intake.Domain.Fields;

namespace Intake.Domain.Facts;

/// <summary>Whose document it is (matters for identity papers): the victim's or the filer's.</summary>
public enum DocumentSubject
{
    Victime,
    Demandeur,
}

/// <summary>One logical document of a dossier with the fields extracted from it, as consolidation needs it.</summary>
public sealed record DossierDocument(
    string Id,
    string Type,
    DateOnly Received,
    DocumentSubject About,
    IReadOnlyList<ExtractedField> Fields);

/// <summary>A reviewer's correction of one fact (audit: who, when, why). The value has the key's kind.</summary>
public sealed record ReviewerCorrection(string Key, object Value, string Who, DateTimeOffset When, string Why);

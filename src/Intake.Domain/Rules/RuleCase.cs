using Intake.Domain.Documents;
using Intake.Domain.Facts;

namespace Intake.Domain.Rules;

/// <summary>A document held in the dossier, as the rules see it (its fields are in the facts).</summary>
public sealed record CaseDocument(string Type, DateOnly Received, DocumentSubject About = DocumentSubject.Victime, string? Id = null);

/// <summary>
/// Everything the engine needs to decide on one dossier: the claim's receipt date, the evaluation date (only the
/// clocks use it), the documents held and the consolidated facts. No IO, no clock.
/// </summary>
public sealed record RuleCase(DateOnly ReceiptDate, DateOnly? Today, IReadOnlyList<CaseDocument> Documents, FactSet Facts)
{
    /// <summary>
    /// Builds a case from a dossier's documents and reviewer corrections (consolidating the facts), with the subject
    /// of each identity paper resolved against the victim and the filer the facts name.
    /// </summary>
    public static RuleCase FromDossier(
        DateOnly receiptDate,
        DateOnly? today,
        IReadOnlyList<DossierDocument> documents,
        IReadOnlyList<ReviewerCorrection> corrections,
        RuleSet? rules = null)
    {
        var facts = FactConsolidation.Consolidate(documents, corrections, rules);
        var resolved = IdentityPaperSubject.Resolve(documents, facts);
        if (!resolved.SequenceEqual(documents)) facts = FactConsolidation.Consolidate(resolved, corrections, rules);
        return new(receiptDate,
            today,
            resolved.Select(d => new CaseDocument(d.Type, d.Received, d.About, d.Id)).ToList(),
            facts);
    }

    /// <summary>The first claim form's receipt date, or null when no claim form is held.</summary>
    public DateOnly? ClaimFormReceived =>
        Documents.Where(d => d.Type == DocumentType.DemandeIndemnisation).Select(d => (DateOnly?)d.Received).Min();
}

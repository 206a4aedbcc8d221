using Intake.Corpus.Content.Mail;
using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Corpus.Scenarios;

namespace Intake.Corpus.Content;

/// <summary>
/// Correspondence and other mail: a dossier's cover letters and insurer replies (<see cref="Templates"/>), and mail that
/// belongs to no dossier — unrelated letters, invoices and receipts, leaflets (<see cref="MiscTemplates"/>).
/// </summary>
public static class Letters
{
    public static readonly IReadOnlyList<DocumentTemplate> Templates =
    [
        new("courrier/envoi-victime", [Piece.CoverLetter], r => CoverLetters.Claimant(r.C, r.C.DatedBefore(r.Day)), r => !r.C.HasLawyer),
        new("courrier/avocat", [Piece.CoverLetter], r => CoverLetters.Lawyer(r.C, r.C.DatedBefore(r.Day)), r => r.C.HasLawyer),
        new("courrier/assureur", [Piece.InsurerLetter], r => InsurerLetters.Reply(r.C, r.C.Scenario.Insurer, r.C.DatedBefore(r.Day))),
    ];

    public static readonly IReadOnlyList<MiscTemplate> MiscTemplates =
    [
        new("courrier/particulier", UnrelatedMail.PrivatePerson),
        new("courrier/hopital", UnrelatedMail.Hospital),
        new("courrier/caisse", UnrelatedMail.Fund),
        new("justificatif_frais/pharmacie", Expenses.Pharmacy),
        new("justificatif_frais/kinesitherapie", Expenses.Physiotherapy),
        new("justificatif_frais/transport-sanitaire", Expenses.Ambulance),
        new("justificatif_frais/frais-sejour", Expenses.ClinicFees),
        new("autre/depliant", OtherPapers.Leaflet),
        new("autre/avis-reception", OtherPapers.PostalReceipt),
        new("autre/publicite", OtherPapers.Advertisement),
        new("autre/questionnaire", OtherPapers.Survey),
        new("autre/rib", OtherPapers.BankDetails),
        new("autre/carte-tiers-payant", OtherPapers.InsuranceCard),
    ];

    private static Document Misc(string type, PersonFactory people, Random rng, DateOnly date)
    {
        var choices = MiscTemplates.Where(t => t.Type == type).ToList();
        return choices[rng.Next(choices.Count)].Build(people, rng, date);
    }

    /// <summary>A letter about something else, from someone with no dossier.</summary>
    public static Document Unrelated(PersonFactory people, Random rng, DateOnly date) => Misc(Intake.Domain.Documents.DocumentType.Courrier, people, rng, date);

    /// <summary>An invoice, receipt or fee note that belongs to no dossier.</summary>
    public static Document Invoice(PersonFactory people, Random rng, DateOnly date) => Misc(Intake.Domain.Documents.DocumentType.JustificatifFrais, people, rng, date);

    /// <summary>Anything else: a leaflet, a postal receipt, an advertisement, a survey, bank details, an insurance card.</summary>
    public static Document Leaflet(Random rng, DateOnly date) => Misc(Intake.Domain.Documents.DocumentType.Autre, new PersonFactory(rng), rng, date);
}

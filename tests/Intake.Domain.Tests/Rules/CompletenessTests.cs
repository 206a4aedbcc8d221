using Intake.Domain.Documents;
using Intake.Domain.Facts;
using Intake.Domain.Rules;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Rules;

public class CompletenessTests
{
    [Fact]
    public void Complete_adult_dossier_misses_nothing_and_starts_the_avis_clock()
    {
        var d = CompleteAdult().Decide();
        Assert.Empty(d.Missing);
        Assert.True(d.Complete);
        Assert.Equal(D("2026-01-05"), d.CompleteDate);
        Assert.Equal(D("2026-07-05"), d.AvisDue);
        Assert.Equal(D("2026-07-05").DayNumber - D("2026-03-01").DayNumber, d.Clocks.DaysUntilAvisDue);
    }

    [Theory]
    [InlineData(DocumentType.PieceIdentite)]
    [InlineData(DocumentType.CertificatMedical)]
    [InlineData(DocumentType.DocumentMedical)]
    public void Each_always_required_piece_is_blocking(string type)
    {
        var d = CompleteAdult().WithoutDoc(type).Decide();
        Assert.Equal([new MissingItem(type, Outcomes.Blocking)], d.Missing);
        Assert.False(d.Complete);
        Assert.Null(d.CompleteDate);
        Assert.Null(d.AvisDue);
    }

    [Fact]
    public void Filer_identity_paper_does_not_stand_for_the_victim_one()
    {
        var d = CompleteAdult().WithoutDoc(DocumentType.PieceIdentite).Doc(DocumentType.PieceIdentite, "2026-01-05", DocumentSubject.Demandeur).Decide();
        Assert.Contains(new MissingItem(DocumentType.PieceIdentite, Outcomes.Blocking), d.Missing);
    }

    [Theory]
    [InlineData("victime.nom", Outcomes.Blocking)]
    [InlineData("victime.prenoms", Outcomes.Blocking)]
    [InlineData("victime.date_naissance", Outcomes.Blocking)]
    [InlineData("faits.date_acte", Outcomes.Blocking)]
    [InlineData("signature.date", Outcomes.Blocking)]
    [InlineData("signature.presente", Outcomes.Blocking)]
    [InlineData("victime.adresse", Outcomes.ToRequest)]
    [InlineData("victime.nir", Outcomes.ToRequest)]
    [InlineData("faits.type_dommage", Outcomes.ToRequest)]
    [InlineData("faits.description", Outcomes.ToRequest)]
    public void Each_cerfa_field_has_its_severity(string key, string severity)
    {
        var d = CompleteAdult().Without(key).Decide();
        Assert.Equal([new MissingItem(key, severity)], d.Missing);
        Assert.Equal(severity == Outcomes.ToRequest, d.Complete);
    }

    [Fact]
    public void Unsigned_form_is_blocking()
    {
        var d = CompleteAdult().Fact("signature.presente", false).Decide();
        Assert.Equal([new MissingItem("signature.presente", Outcomes.Blocking)], d.Missing);
    }

    [Fact]
    public void Establishment_or_professional_is_enough()
    {
        Assert.Empty(CompleteAdult().Without("faits.etablissement").Fact("faits.professionnel", "Dr Leroy").Decide().Missing);
        Assert.Equal([new MissingItem("faits.etablissement", Outcomes.ToRequest)], CompleteAdult().Without("faits.etablissement").Decide().Missing);
    }

    [Fact]
    public void Cerfa_fields_are_checked_only_once_a_claim_form_is_held()
    {
        var d = Empty().Doc(DocumentType.PieceIdentite, "2026-01-05").Decide();
        Assert.Equal(
            ["caisse_affiliation", "certificat_medical", "demande_indemnisation", "document_medical"],
            d.Missing.Select(m => m.Item));
        Assert.All(d.Missing, m => Assert.Equal(Outcomes.Blocking, m.Severity));
        Assert.Null(d.CompleteDate);
    }

    [Fact]
    public void Minor_victim_needs_filer_id_and_proof_of_link()
    {
        var b = CompleteAdult().Fact("victime.date_naissance", D("2015-03-01")).Fact("demandeur.qualite", "representant_legal");
        Assert.Equal(["justificatif_lien", "piece_identite_demandeur"], b.Decide().Missing.Select(m => m.Item));
        b.Doc(DocumentType.JustificatifLien, "2026-01-05").Doc(DocumentType.PieceIdentite, "2026-01-05", DocumentSubject.Demandeur);
        Assert.Empty(b.Decide().Missing);
    }

    [Theory]
    [InlineData("tuteur")]
    [InlineData("curateur")]
    public void Guardian_needs_the_protection_judgment(string qualite)
    {
        var d = CompleteAdult().Fact("victime.protegee", true).Fact("demandeur.qualite", qualite).Decide();
        Assert.Equal([new MissingItem("jugement_protection", Outcomes.Blocking), new MissingItem("piece_identite_demandeur", Outcomes.Blocking)], d.Missing);
    }

    [Fact]
    public void Heirs_need_death_certificate_and_proof_of_heirship()
    {
        var d = CompleteAdult().Fact("victime.decedee", true).Fact("demandeur.qualite", "ayant_droit").Decide();
        Assert.Equal(["acte_deces", "justificatif_lien", "piece_identite_demandeur"], d.Missing.Select(m => m.Item));
        Assert.All(d.Missing, m => Assert.Equal(Outcomes.Blocking, m.Severity));
    }

    [Fact]
    public void Work_stoppage_claimed_needs_the_sick_leave_notice()
    {
        var d = CompleteAdult().Fact("prejudice.arret_travail", true).Decide();
        Assert.Equal([new MissingItem("arret_travail", Outcomes.Blocking)], d.Missing);
        Assert.Empty(CompleteAdult().Fact("prejudice.arret_travail", true).Doc(DocumentType.ArretTravail, "2026-01-05").Decide().Missing);
    }

    [Fact]
    public void Complete_date_replays_documents_received_on_different_days()
    {
        var d = Empty().Receipt("2026-01-05")
            .Doc(DocumentType.PieceIdentite, "2025-12-20")                 // before the form: counts from the form's day
            .Doc(DocumentType.DemandeIndemnisation, "2026-01-05")
            .Doc(DocumentType.CertificatMedical, "2026-01-12")
            .Doc(DocumentType.Courrier, "2026-01-20")
            .Doc(DocumentType.DocumentMedical, "2026-02-03")               // last blocking piece
            .Doc(DocumentType.RapportExpertise, "2026-02-10")
            .Fact("victime.nom", "MARTIN").Fact("victime.prenoms", "CLAIRE").Fact("victime.date_naissance", D("1980-04-02"))
            .Fact("victime.caisse", "MSA").Fact("faits.date_acte", D("2020-06-15")).Fact("signature.date", D("2026-01-02"))
            .Fact("signature.presente", true)
            .Decide();
        Assert.Equal(D("2026-02-03"), d.CompleteDate);
        Assert.Equal(D("2026-08-03"), d.AvisDue);
        Assert.True(d.Complete);
        Assert.Equal(["faits.description", "faits.etablissement", "faits.type_dommage", "victime.adresse", "victime.nir"], d.Missing.Select(m => m.Item));
    }

    [Fact]
    public void Facts_count_from_their_document_receipt_in_the_replay()
    {
        // the caisse is only named in a letter received on 2026-02-01: the dossier is complete from that day
        var caisse = new Fact("victime.caisse", "CPAM 44", Provenance.FromDocument("letter", DocumentType.Courrier, 1, null, 0.95));
        var b = CompleteAdult().Without("victime.caisse").Doc(DocumentType.Courrier, "2026-02-01", id: "letter");
        var c = b.Build();
        var facts = new FactSet(c.Facts.All.Append(caisse));
        var d = new RulesEngine().Decide(c with { Facts = facts });
        Assert.Equal(D("2026-02-01"), d.CompleteDate);
    }

    [Fact]
    public void Avis_due_clamps_to_month_end()
    {
        var d = CompleteAdult().WithoutDoc(DocumentType.DocumentMedical).Doc(DocumentType.DocumentMedical, "2026-08-31").Decide();
        Assert.Equal(D("2026-08-31"), d.CompleteDate);
        Assert.Equal(D("2027-02-28"), d.AvisDue);
    }
}

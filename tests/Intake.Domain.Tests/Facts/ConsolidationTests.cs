using Intake.Domain.Documents;
using Intake.Domain.Facts;
using Intake.Domain.Fields;
using Intake.Domain.Review;
using Intake.Domain.Rules;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Facts;

public class ConsolidationTests
{
    private static ExtractedField F(string key, object value, double confidence = 0.95, int page = 1) =>
        new(key, value, confidence, page, new BBox(10, 20, 30, 40));

    private static DossierDocument Doc(string id, string type, string received, params ExtractedField[] fields) =>
        new(id, type, D(received), DocumentSubject.Victime, fields);

    private static readonly DossierDocument Form = Doc("form", DocumentType.DemandeIndemnisation, "2026-01-05",
        F("prejudice.aipp", 40), F("victime.nir", "185067512345699"), F("victime.nom", "MARTIN"));

    [Fact]
    public void Reviewer_wins_over_report_which_wins_over_form()
    {
        var oldReport = Doc("r1", DocumentType.RapportExpertise, "2026-02-01", F("expertise.aipp", 30));
        var newReport = Doc("r2", DocumentType.RapportExpertise, "2026-03-01", F("expertise.aipp", 20));
        var docs = new[] { Form, newReport, oldReport };

        var noReview = RuleCase.FromDossier(D("2026-01-05"), null, docs, []);
        Assert.Equal(20, noReview.Facts.Int("expertise.aipp")); // the latest report
        Assert.Equal("r2", noReview.Facts["expertise.aipp"]!.Provenance!.DocumentId);
        Assert.Equal(Outcomes.NotGrave, new RulesEngine().Decide(noReview).Gravity.Outcome); // report 20 over form 40

        var reviewed = RuleCase.FromDossier(D("2026-01-05"), null, docs,
        [
            new ReviewerCorrection("prejudice.aipp", 35, "alice", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), "lecture du formulaire"),
        ]);
        var decision = new RulesEngine().Decide(reviewed);
        Assert.Equal(Outcomes.Grave, decision.Gravity.Outcome); // reviewer 35 over report 20
        var input = decision.Trail.Single(t => t.Rule == "R-GRAV-AIPP").Inputs.Single();
        Assert.Equal(35, input.Value);
        Assert.Equal("alice", input.Provenance!.Reviewer);
    }

    [Fact]
    public void Latest_reviewer_correction_of_a_key_wins()
    {
        var t0 = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var facts = FactConsolidation.Consolidate([Form],
        [
            new("prejudice.aipp", 10, "bob", t0.AddHours(2), "second"),
            new("prejudice.aipp", 50, "alice", t0, "first"),
        ]);
        Assert.Equal(10, facts.Int("prejudice.aipp"));
        Assert.Equal("bob", facts["prejudice.aipp"]!.Provenance!.Reviewer);
        Assert.Equal([10, 40], facts.Candidates("prejudice.aipp").Select(f => f.Value)); // the form's value is kept as a candidate
    }

    [Fact]
    public void Victim_keys_come_from_the_form_first_then_the_attestation()
    {
        var attestation = Doc("att", DocumentType.AttestationSecuriteSociale, "2026-02-01",
            F("victime.nir", "285067512345611"), F("victime.caisse", "CPAM 75"));
        var facts = FactConsolidation.Consolidate([attestation, Form], []);
        Assert.Equal("185067512345699", facts.Text("victime.nir"));
        Assert.Equal(2, facts.Candidates("victime.nir").Count);
        Assert.Equal("CPAM 75", facts.Text("victime.caisse")); // only the attestation names it
        Assert.Equal(DocumentType.AttestationSecuriteSociale, facts["victime.caisse"]!.Provenance!.DocumentType);
    }

    [Fact]
    public void Other_document_keys_enter_the_facts()
    {
        var death = Doc("dc", DocumentType.ActeDeces, "2026-02-01", F("deces.date", D("2025-11-02")));
        var stop1 = Doc("a1", DocumentType.ArretTravail, "2026-01-10", F("arret.periodes", new[] { P("2021-01-01", "2021-02-28") }));
        var stop2 = Doc("a2", DocumentType.ArretTravail, "2026-01-12", F("arret.periodes", new[] { P("2021-03-01", "2021-04-30") }));
        var victimId = new DossierDocument("id1", DocumentType.PieceIdentite, D("2026-01-05"), DocumentSubject.Victime, [F("identite.nom", "MARTIN")]);
        var filerId = new DossierDocument("id2", DocumentType.PieceIdentite, D("2026-01-20"), DocumentSubject.Demandeur, [F("identite.nom", "DUBOIS")]);
        var facts = FactConsolidation.Consolidate([Form, death, stop1, stop2, victimId, filerId], []);
        Assert.Equal(D("2025-11-02"), facts.Date("deces.date"));
        Assert.Equal([P("2021-01-01", "2021-02-28"), P("2021-03-01", "2021-04-30")], facts.Periods("arret.periodes"));
        Assert.Equal("MARTIN", facts.Text("identite.nom"));
    }

    [Fact]
    public void The_rules_mark_values_below_the_field_review_threshold()
    {
        var below = Doc("r1", DocumentType.RapportExpertise, "2026-02-01", F("expertise.aipp", 30, confidence: ReviewThresholds.Field - 0.01));
        var at = Doc("r1", DocumentType.RapportExpertise, "2026-02-01", F("expertise.aipp", 30, confidence: ReviewThresholds.Field));
        Assert.True(FactConsolidation.Consolidate([Form, below], [])["expertise.aipp"]!.LowConfidence);
        Assert.False(FactConsolidation.Consolidate([Form, at], [])["expertise.aipp"]!.LowConfidence);
    }

    [Fact]
    public void Low_confidence_values_are_kept_marked_and_flagged_when_a_rule_uses_them()
    {
        var report = Doc("r1", DocumentType.RapportExpertise, "2026-02-01", F("expertise.aipp", 30, confidence: 0.4));
        var facts = FactConsolidation.Consolidate([Form, report], []);
        Assert.Equal(30, facts.Int("expertise.aipp"));
        Assert.True(facts["expertise.aipp"]!.LowConfidence);
        Assert.False(facts["prejudice.aipp"]!.LowConfidence);

        var decision = new RulesEngine().Decide(new RuleCase(D("2026-01-05"), null, [], facts));
        Assert.Contains(FlagCodes.LowConfidenceInput, decision.Flags);
        var sure = FactConsolidation.Consolidate([Form, report with { Fields = [F("expertise.aipp", 30, confidence: 0.9)] }], []);
        Assert.DoesNotContain(FlagCodes.LowConfidenceInput, new RulesEngine().Decide(new RuleCase(D("2026-01-05"), null, [], sure)).Flags);
    }

    [Fact]
    public void Values_are_brought_to_their_kind_and_mismatches_dropped()
    {
        var doc = Doc("x", DocumentType.DemandeIndemnisation, "2026-01-05",
            F("prejudice.aipp", 27m), F("victime.nom", "  MARTIN   DE  LA  ROCHE "), F("faits.date_acte", "not a date"));
        var facts = FactConsolidation.Consolidate([doc], []);
        Assert.Equal(27, facts["prejudice.aipp"]!.Value);
        Assert.Equal("MARTIN DE LA ROCHE", facts.Text("victime.nom"));
        Assert.False(facts.Has("faits.date_acte"));
    }

    [Fact]
    public void Replay_uses_each_fact_document_receipt()
    {
        var form = Doc("form", DocumentType.DemandeIndemnisation, "2026-01-05",
            F("victime.nom", "MARTIN"), F("victime.prenoms", "CLAIRE"), F("victime.date_naissance", D("1980-04-02")),
            F("faits.date_acte", D("2020-06-15")), F("signature.date", D("2026-01-02")), F("signature.presente", true));
        var others = new[]
        {
            Doc("id", DocumentType.PieceIdentite, "2026-01-05"),
            Doc("cm", DocumentType.CertificatMedical, "2026-01-06"),
            Doc("dm", DocumentType.DocumentMedical, "2026-01-07"),
            Doc("att", DocumentType.AttestationSecuriteSociale, "2026-01-09", F("victime.caisse", "CPAM 44")),
        };
        var decision = new RulesEngine().Decide(RuleCase.FromDossier(D("2026-01-05"), D("2026-03-01"), [form, .. others], []));
        Assert.Equal(D("2026-01-09"), decision.CompleteDate);
    }
}

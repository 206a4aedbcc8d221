using Intake.Domain.Documents;
using Intake.Domain.Facts;
using Intake.Domain.Fields;
using Intake.Domain.Rules;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Facts;

public class IdentityPaperSubjectTests
{
    private static ExtractedField F(string key, object value, double confidence = 0.95) =>
        new(key, value, confidence, 1, new BBox(10, 20, 30, 40));

    private static DossierDocument Doc(string id, string type, params ExtractedField[] fields) =>
        new(id, type, D("2026-01-05"), DocumentSubject.Victime, fields);

    /// <summary>A complete claim filed for a minor by his mother: form, certificate, medical record, family record book.</summary>
    private static List<DossierDocument> MinorFiledByMother(string qualite = "representant_legal") =>
    [
        Doc("form", DocumentType.DemandeIndemnisation,
            F("victime.nom", "BLANCHARD"), F("victime.prenoms", "STÉPHANE"), F("victime.date_naissance", D("2013-04-05")),
            F("demandeur.qualite", qualite), F("demandeur.nom", "BLANCHARD"), F("demandeur.prenoms", "FRANÇOISE INÈS"),
            F("victime.nir", "185067512345699"), F("victime.caisse", "CPAM 75"), F("victime.adresse", "1 rue de la Paix"),
            F("faits.date_acte", D("2022-03-01")), F("faits.etablissement", "CHU"), F("faits.type_dommage", "accident_medical"),
            F("faits.description", "Complication opératoire."), F("signature.date", D("2026-01-02")), F("signature.presente", true)),
        Doc("cm", DocumentType.CertificatMedical),
        Doc("dm", DocumentType.DocumentMedical),
        Doc("lien", DocumentType.JustificatifLien),
    ];

    private static DossierDocument Id(string id, string firstNames, string? born) =>
        born is null
            ? Doc(id, DocumentType.PieceIdentite, F("identite.nom", "BLANCHARD"), F("identite.prenoms", firstNames))
            : Doc(id, DocumentType.PieceIdentite, F("identite.nom", "BLANCHARD"), F("identite.prenoms", firstNames),
                F("identite.date_naissance", D(born)));

    private static Decision Decide(IEnumerable<DossierDocument> docs) =>
        new RulesEngine().Decide(RuleCase.FromDossier(D("2026-01-05"), D("2026-03-01"), docs.ToList(), []));

    private static DocumentSubject SubjectOf(IEnumerable<DossierDocument> docs, string id) =>
        RuleCase.FromDossier(D("2026-01-05"), null, docs.ToList(), []).Documents.Single(d => d.Id == id).About;

    [Fact]
    public void Victim_and_filer_papers_are_told_apart_and_the_dossier_is_complete()
    {
        var d = Decide([.. MinorFiledByMother(), Id("child", "Stéphane", "2013-04-05"), Id("mother", "Françoise Inès", "1978-09-03")]);
        Assert.Empty(d.Missing);
        Assert.Equal(D("2026-01-05"), d.CompleteDate);
        Assert.Equal(1, d.Trail.Single(t => t.Rule == "COMPLETENESS").Inputs.Single(i => i.Key == "pieces_identite_demandeur").Value);
    }

    [Fact]
    public void Only_the_victim_paper_leaves_the_filer_one_missing()
    {
        var d = Decide([.. MinorFiledByMother(), Id("child", "Stéphane", "2013-04-05")]);
        Assert.Equal([new MissingItem("piece_identite_demandeur", Outcomes.Blocking)], d.Missing);
        Assert.Null(d.CompleteDate);
    }

    [Fact]
    public void Only_the_filer_paper_leaves_the_victim_one_missing()
    {
        var d = Decide([.. MinorFiledByMother(), Id("mother", "Françoise Inès", "1978-09-03")]);
        Assert.Equal([new MissingItem(DocumentType.PieceIdentite, Outcomes.Blocking)], d.Missing);
    }

    [Theory]
    [InlineData("Stéphane", "2013-04-05", DocumentSubject.Victime)] // both agree with the victim
    [InlineData("Stephane", "2013-04-06", DocumentSubject.Victime)] // birth date misread, first names still the victim's
    [InlineData("Françoise", "1978-09-03", DocumentSubject.Demandeur)] // the filer's first names, another birth date
    [InlineData("Inconnu", "1978-09-03", DocumentSubject.Demandeur)] // someone other than the victim
    [InlineData("Françoise", null, DocumentSubject.Demandeur)] // no birth date: the filer's first names
    [InlineData("Paul", null, DocumentSubject.Demandeur)] // no birth date: not the victim's first names
    [InlineData("Stéphane", null, DocumentSubject.Victime)]
    public void Birth_date_first_then_first_names(string firstNames, string? born, DocumentSubject expected) =>
        Assert.Equal(expected, SubjectOf([.. MinorFiledByMother(), Id("id", firstNames, born)], "id"));

    [Fact]
    public void Same_first_names_but_another_birth_date_is_the_filer_when_the_filer_has_those_names()
    {
        var docs = MinorFiledByMother();
        docs[0] = docs[0] with { Fields = [.. docs[0].Fields.Where(f => f.Key != "demandeur.prenoms"), F("demandeur.prenoms", "Stéphane")] };
        Assert.Equal(DocumentSubject.Demandeur, SubjectOf([.. docs, Id("id", "Stéphane", "1978-09-03")], "id"));
    }

    [Fact]
    public void A_paper_that_prints_nothing_readable_stays_the_victim_one() =>
        Assert.Equal(DocumentSubject.Victime, SubjectOf([.. MinorFiledByMother(), Doc("id", DocumentType.PieceIdentite)], "id"));

    [Fact]
    public void When_the_victim_files_every_paper_is_the_victim_one() =>
        Assert.Equal(DocumentSubject.Victime, SubjectOf([.. MinorFiledByMother("victime"), Id("id", "Françoise Inès", "1978-09-03")], "id"));

    [Fact]
    public void A_paper_marked_as_the_filer_one_stays_so()
    {
        var paper = Id("id", "Stéphane", "2013-04-05") with { About = DocumentSubject.Demandeur };
        Assert.Equal(DocumentSubject.Demandeur, SubjectOf([.. MinorFiledByMother(), paper], "id"));
    }

    [Fact]
    public void The_victim_paper_is_preferred_for_identity_facts()
    {
        var facts = RuleCase.FromDossier(D("2026-01-05"), null,
            [.. MinorFiledByMother(), Id("child", "Stéphane", "2013-04-05"), Id("mother", "Françoise Inès", "1978-09-03")], []).Facts;
        Assert.Equal(D("2013-04-05"), facts.Date("identite.date_naissance"));
    }
}

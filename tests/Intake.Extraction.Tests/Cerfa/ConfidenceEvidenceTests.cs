using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Review;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Cerfa;

/// <summary>
/// A value's confidence says whether it can be taken as read: junk, a label found inside a sentence, dates out of
/// life's order and a format any misreading keeps put it under the review threshold; a NIR agreeing with the birth
/// date and the sex, or two sources agreeing, put values over it.
/// </summary>
public class ConfidenceEvidenceTests
{
    private static IReadOnlyList<ExtractedField> Read(double ocr, params string[] lines)
    {
        var pb = new PageBuilder(1, source: TextSource.Ocr).WithConfidence(ocr).Line("DEMANDE D'INDEMNISATION").Line("1. La victime");
        foreach (var l in lines) pb.Line(l);
        return new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [pb.Build()], []);
    }

    private static void Doubtful(IReadOnlyList<ExtractedField> f, string key) =>
        Assert.True(Field(f, key).Confidence < ReviewThresholds.Field, $"{key} = {Field(f, key).Value} at {Field(f, key).Confidence}");

    private static void Sure(IReadOnlyList<ExtractedField> f, string key) =>
        Assert.True(Field(f, key).Confidence >= ReviewThresholds.Field, $"{key} = {Field(f, key).Value} at {Field(f, key).Confidence}");

    [Fact]
    public void Values_with_box_borders_or_stray_signs_go_to_review()
    {
        var f = Read(0.95, "Nom d'usage : [NOËL LI)", "Lieu de naissance : Lille (59)", "Adresse : (70 rue des Lilas",
            "Organisme d'assurance maladie (caisse) : CPAN DE LA GRONDE =", "Commune : Lyon");

        Doubtful(f, "victime.nom");
        Doubtful(f, "victime.adresse");
        Doubtful(f, "victime.caisse");
        Sure(f, "victime.lieu_naissance");
        Sure(f, "victime.commune");
    }

    [Fact]
    public void A_label_matched_inside_a_sentence_gives_no_sure_value()
    {
        var f = Read(0.95, "Ce formulaire est à envoyer avec les pièces, adresse : par lettre recommandée avec demande d'avis de réception à la commission");

        Doubtful(f, "victime.adresse");
    }

    [Fact]
    public void A_label_read_in_the_instructions_does_not_hide_the_form_label()
    {
        var f = Read(0.95,
            "Ce formulaire, rempli et signé, est à envoyer avec les pièces à l'adresse : commission de conciliation et d'indemnisation de votre région",
            "Nom d'usage : DUPONT", "Adresse : 12 rue des Lilas", "Code postal : 69003");

        Value(f, "victime.adresse", "12 rue des Lilas");
        Sure(f, "victime.adresse");
    }

    [Fact]
    public void Dates_out_of_lifes_order_go_to_review()
    {
        var pb = new PageBuilder(1, source: TextSource.TextLayer).Line("1. La victime").Line("Nom d'usage : DUPONT")
            .Line("Date de naissance : 12/03/1970")
            .Line("4. Les faits").Line("Date de l'acte (prévention, diagnostic ou soins) : 15/06/1968")
            .Line("7. Signature").Line("Fait à Lyon le 12/03/1970");
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [pb.Build()], []);

        Doubtful(f, "victime.date_naissance");
        Doubtful(f, "faits.date_acte");
        Doubtful(f, "signature.date"); // the birth date read again
    }

    [Fact]
    public void An_act_date_not_read_in_its_box_is_the_descriptions_first_date_with_doubt()
    {
        var f = Read(0.95, "Nom d'usage : DUPONT", "Date de naissance : 12/03/1970",
            "4. Les faits", "Date de l'acte (prévention, diagnostic ou soins) : 1 a 1 | 1 2OO | O",
            "Description des faits et du dommage :",
            "Le 14/11/2020, pose d'une prothèse de hanche. Le 2 décembre 2020, reprise chirurgicale.",
            "7. Date et signature", "Fait à : Lyon le 28/12/2025");

        Value(f, "faits.date_acte", D(2020, 11, 14));
        Doubtful(f, "faits.date_acte");
    }

    [Fact]
    public void A_description_date_before_the_birth_date_is_not_the_act_date()
    {
        var f = Read(0.95, "Nom d'usage : DUPONT", "Date de naissance : 12/03/1970",
            "4. Les faits", "Date de l'acte (prévention, diagnostic ou soins) :",
            "Description des faits et du dommage :",
            "Suivi depuis le 01/02/1965 pour une scoliose.",
            "7. Date et signature", "Fait à : Lyon le 28/12/2025");

        Absent(f, "faits.date_acte");
    }

    [Fact]
    public void A_misread_letter_of_an_email_domain_is_repaired_with_doubt()
    {
        var f = Read(0.95, "Courriel : anais.durand40@0range.fr", "Téléphone : 06 12 34 56 78");

        Value(f, "victime.courriel", "anais.durand40@orange.fr");
        Doubtful(f, "victime.courriel");
    }

    [Fact]
    public void A_phone_number_is_not_made_surer_by_its_format_than_any_word_read_as_well()
    {
        var f = Read(0.8, "Téléphone : 06 12 34 56 78", "Commune : Lyon");

        Assert.Equal(Field(f, "victime.commune").Confidence, Field(f, "victime.telephone").Confidence);
    }

    [Fact]
    public void A_valid_nir_agreeing_with_the_birth_date_and_the_sex_makes_them_sure()
    {
        var nir = NirFixture.With("2700369123456");
        var lines = new[] { "Sexe : ☒ F ☐ M", "Date de naissance : 12/03/1970", "N° de sécurité sociale : " + NirFixture.Spaced(nir) };
        var agreeing = Read(0.75, lines);
        var other = Read(0.75, lines[0], "Date de naissance : 12/04/1971", lines[2]);

        Sure(agreeing, "victime.date_naissance");
        Sure(agreeing, "victime.nir");
        Doubtful(other, "victime.date_naissance");
    }

    [Fact]
    public void A_nir_whose_key_checks_is_sure_even_when_the_ocr_doubted_its_figures()
    {
        var nir = NirFixture.With("1850775123042");
        var page = new PageBuilder(1, source: TextSource.Ocr).Line("1. La victime").Line("Nom d'usage : DUPONT")
            .WithConfidence(0).Line("N° de sécurité sociale : " + nir[..12] + " " + nir[12..]).Build();

        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);

        Value(f, "victime.nir", nir);
        Sure(f, "victime.nir");
    }

    [Fact]
    public void A_form_field_placed_only_by_the_label_beside_it_is_not_sure()
    {
        var page = new PageBuilder(1).Line("1. La victime").Line("Date de naissance :").Build();
        var label = page.Lines[1].Words[^1].Box;
        var byName = new FormField("victime.date_naissance", null, "12/03/1970", null, 1, label with { X0 = label.X1 + 20, X1 = label.X1 + 120 });
        var byPosition = byName with { Name = "Texte17" };

        var named = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], [byName]);
        var placed = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], [byPosition]);

        Value(placed, "victime.date_naissance", D(1970, 3, 12));
        Sure(named, "victime.date_naissance");
        Doubtful(placed, "victime.date_naissance");
    }
}

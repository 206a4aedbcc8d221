using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Scanned;

/// <summary>
/// Claim-form pages of layouts Intake's own forms do not use, drawn, scanned at 300 dpi and read through Tesseract:
/// one box per character, labels with leaders, labels above in columns, option boxes after their words and options
/// one per line, values written in frames.
/// </summary>
[Trait("Category", "Documents")]
public class ScannedLayoutTests
{
    private static readonly string Nir = NirFixture.With("1850775123042");

    private static IReadOnlyList<ExtractedField> Extract(PageText page) =>
        new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);

    private static ScannedSheet Header() => new ScannedSheet()
        .Text(50, 60, "DEMANDE D'INDEMNISATION", 14)
        .Text(50, 95, "1. La victime", 12);

    [Fact]
    public async Task Comb_fields_are_read_as_one_value_each()
    {
        var page = await Header()
            .Text(50, 130, "Nom d'usage").Comb(200, 118, "DUPONT")
            .Text(50, 165, "Prénom(s)").Comb(200, 153, "JEAN PAUL")
            .Text(50, 200, "Date de naissance").Comb(200, 188, "12").Text(232, 200, "/").Comb(240, 188, "03").Text(272, 200, "/").Comb(280, 188, "1970")
            .Text(50, 235, "Code postal").Comb(200, 223, "69003")
            .Text(50, 270, "Téléphone").Comb(200, 258, "0612345678")
            .Text(50, 305, "N° de sécurité sociale").Comb(200, 293, Nir)
            .ScanAsync("comb");

        var f = Extract(page);

        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.prenoms", "JEAN PAUL");
        Value(f, "victime.date_naissance", D(1970, 3, 12));
        Value(f, "victime.code_postal", "69003");
        Value(f, "victime.telephone", "0612345678");
        Value(f, "victime.nir", Nir);
    }

    [Fact]
    public async Task Values_after_leaders_are_read()
    {
        var page = await Header()
            .Text(50, 130, "Nom d'usage ..............................").Value(260, 130, "DUPONT")
            .Text(50, 160, "Prénom(s) .................................").Value(260, 160, "Jeanne Marie")
            .Text(50, 190, "Date de naissance").DottedRule(140, 255, 190).Value(260, 190, "12/03/1970")
            .Text(50, 220, "Adresse ___________________________").Value(260, 220, "12 rue des Lilas")
            .Text(50, 250, "Code postal ........").Value(125, 250, "69003").Text(300, 250, "Commune ........").Value(380, 250, "Lyon")
            .ScanAsync("leaders");

        var f = Extract(page);

        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.prenoms", "Jeanne Marie");
        Value(f, "victime.date_naissance", D(1970, 3, 12));
        Value(f, "victime.adresse", "12 rue des Lilas");
        Value(f, "victime.code_postal", "69003");
        Value(f, "victime.commune", "Lyon");
    }

    [Fact]
    public async Task Labels_above_their_values_in_columns_are_read()
    {
        var page = await Header()
            .Text(50, 125, "Nom d'usage", 8).Text(300, 125, "Nom de naissance", 8)
            .Value(50, 142, "DUPONT").Value(300, 142, "MARTIN")
            .Text(50, 165, "Prénom(s)", 8).Text(300, 165, "Date de naissance", 8)
            .Value(50, 182, "Jeanne").Value(300, 182, "12/03/1970")
            .Text(50, 205, "Code postal", 8).Text(200, 205, "Commune", 8).Text(400, 205, "Téléphone", 8)
            .Value(50, 222, "69003").Value(200, 222, "Lyon").Value(400, 222, "0612345678")
            .Text(50, 245, "Organisme d'assurance maladie (caisse)", 8)
            .Value(50, 262, "CPAM du Rhône")
            .ScanAsync("above");

        var f = Extract(page);

        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.nom_naissance", "MARTIN");
        Value(f, "victime.prenoms", "Jeanne");
        Value(f, "victime.date_naissance", D(1970, 3, 12));
        Value(f, "victime.code_postal", "69003");
        Value(f, "victime.commune", "Lyon");
        Value(f, "victime.telephone", "0612345678");
        Value(f, "victime.caisse", "CPAM du Rhône");
    }

    [Fact]
    public async Task Option_boxes_after_their_words_options_one_per_line_and_rings_are_read()
    {
        var page = await new ScannedSheet()
            .Text(50, 60, "DEMANDE D'INDEMNISATION", 14)
            .Text(50, 95, "1. La victime", 12)
            .Text(50, 125, "Nom d'usage :").Value(200, 125, "DUPONT")
            .Text(50, 155, "Sexe :").Text(200, 155, "F").Box(212, 155, false).Text(240, 155, "M").Box(253, 155, true)
            .Text(50, 185, "La victime est-elle décédée ?").Text(250, 185, "Oui").Box(272, 185, false).Text(300, 185, "Non").Box(325, 185, true)
            .Text(50, 230, "4. Les faits", 12)
            .Text(50, 260, "Le dommage résulte :")
            .Box(70, 290, false).Text(85, 290, "d'un accident médical")
            .Box(70, 310, false).Text(85, 310, "d'une affection iatrogène")
            .Box(70, 330, true).Text(85, 330, "d'une infection nosocomiale")
            .Text(50, 370, "5. Les préjudices", 12)
            .Text(50, 400, "Votre état est-il consolidé ?").Text(250, 400, "Oui").Text(300, 400, "Non").Ring(311, 400, 17)
            .ScanAsync("options");

        var f = Extract(page);

        Value(f, "victime.sexe", "M");
        Value(f, "victime.decedee", false);
        Value(f, "faits.type_dommage", "infection_nosocomiale");
        Value(f, "prejudice.consolide", false);
    }

    [Fact]
    public async Task Values_written_in_frames_are_read_without_the_frames()
    {
        var page = await Header()
            .Text(50, 130, "Nom d'usage").Framed(200, 118, 200, "DUPONT")
            .Text(50, 160, "Prénom(s)").Framed(200, 148, 200, "JEANNE MARIE")
            .Text(50, 190, "Date de naissance").Framed(200, 178, 90, "12/03/1970").Text(310, 190, "Lieu de naissance").Framed(400, 178, 120, "LYON")
            .Text(50, 220, "Adresse").Framed(200, 208, 250, "12 RUE DES LILAS")
            .Text(50, 250, "Code postal").Framed(200, 238, 60, "69003").Text(280, 250, "Commune").Framed(340, 238, 150, "LYON")
            .Text(50, 280, "N° de sécurité sociale").Framed(200, 268, 200, NirFixture.Spaced(Nir))
            .Text(50, 310, "Organisme d'assurance maladie (caisse)").Framed(260, 298, 200, "CPAM DU RHONE")
            .ScanAsync("frames");

        var f = Extract(page);

        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.prenoms", "JEANNE MARIE");
        Value(f, "victime.date_naissance", D(1970, 3, 12));
        Value(f, "victime.lieu_naissance", "LYON");
        Value(f, "victime.adresse", "12 RUE DES LILAS");
        Value(f, "victime.code_postal", "69003");
        Value(f, "victime.commune", "LYON");
        Value(f, "victime.nir", Nir);
        Value(f, "victime.caisse", "CPAM DU RHONE");
    }
}

using Intake.Domain.Documents;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Layout;

/// <summary>
/// Labels on the left followed by a dotted leader or underscores, the leader glued to the label, to the value, or
/// to both ("Nom.........DUPONT"), as a text layer or the OCR gives them.
/// </summary>
public class LeaderLabelTests
{
    private static readonly string Nir = NirFixture.With("2700369123456");

    [Theory]
    [InlineData(TextSource.TextLayer)]
    [InlineData(TextSource.Ocr)]
    public void Values_after_dotted_leaders_are_read(TextSource source)
    {
        var page = new PageBuilder(1, source: source)
            .Line("DEMANDE D'INDEMNISATION")
            .Line("1. La victime")
            .Line("Nom d'usage.............................DUPONT")
            .Line("Nom de naissance ...................... MARTIN")
            .Line("Prénom(s)............................ Jeanne Marie")
            .Line("Date de naissance ___________________ 12/03/1970")
            .Line("Lieu de naissance …………………………Villeurbanne")
            .Line("Adresse :.................... 12 rue des Lilas")
            .Line((50, "Code postal ........ 69003"), (300, "Commune .......... Lyon"))
            .Line("Téléphone______________0612345678")
            .Line("N° de sécurité sociale ........ " + NirFixture.Spaced(Nir))
            .Line("Organisme d'assurance maladie (caisse) ..........................")
            .Line("La victime est-elle décédée ? ☐ Oui ☒ Non")
            .Build();

        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);

        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.nom_naissance", "MARTIN");
        Value(f, "victime.prenoms", "Jeanne Marie");
        Value(f, "victime.date_naissance", D(1970, 3, 12));
        Value(f, "victime.lieu_naissance", "Villeurbanne");
        Value(f, "victime.adresse", "12 rue des Lilas");
        Value(f, "victime.code_postal", "69003");
        Value(f, "victime.commune", "Lyon");
        Value(f, "victime.telephone", "0612345678");
        Value(f, "victime.nir", Nir);
        Absent(f, "victime.caisse");
        Value(f, "victime.decedee", false);
    }

    [Fact]
    public void The_last_figures_of_a_value_are_no_part_of_the_next_label()
    {
        // "70 Courriel" is within two edits of "Courriel": the label must not take the phone number's last group
        var page = new PageBuilder(1, source: TextSource.Ocr)
            .Line("1. La victime")
            .Line("Nom d'usage DUPONT")
            .Line((50, "Téléphone"), (240, "07 4152 59 70 Courriel"))
            .Build();

        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);

        Value(f, "victime.telephone", "0741525970");
    }

    [Fact]
    public void Filling_hints_between_labels_and_values_are_no_part_of_the_values()
    {
        var page = new PageBuilder(1, source: TextSource.Ocr)
            .Line("1. La victime")
            .Line("Nom d'usage (en majuscules) : DUPONT")
            .Line("Prénom(s) (tels qu'à l'état civil) ........ Jeanne Marie")
            .Line("Date de naissance (jj/mm/aaaa) 1 2 0 3 1 9 7 0")
            .Line("Lieu de naissance : Lille (59)")
            .Build();

        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);

        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.prenoms", "Jeanne Marie");
        Value(f, "victime.date_naissance", D(1970, 3, 12));
        Value(f, "victime.lieu_naissance", "Lille (59)");
    }
}

using Intake.Domain.Documents;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Checkboxes;

/// <summary>
/// Option boxes on either side of their words, in the text ("☐ Oui ☒ Non", "Oui ☐ Non ☒", "Oui☐ Non☒") and on a
/// raster (boxes printed after the words), and options listed one per line under their question.
/// </summary>
public class OptionSideTests
{
    private static IReadOnlyList<Domain.Fields.ExtractedField> Read(PageText page) =>
        new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);

    [Theory]
    [InlineData("Sexe : F ☐ M ☒", "La victime est-elle décédée ? Oui ☒ Non ☐", "M", true)]
    [InlineData("Sexe : F ☒ M ☐", "La victime est-elle décédée ? Oui ☐ Non ☒", "F", false)]
    [InlineData("Sexe : F☐ M☒", "La victime est-elle décédée ? Oui☐ Non☒", "M", false)]
    [InlineData("Sexe : F [X] M [ ]", "La victime est-elle décédée ? Oui [ ] Non [X]", "F", false)]
    [InlineData("Sexe : ☐ F ☒ M", "La victime est-elle décédée ? ☒ Oui ☐ Non", "M", true)]
    public void Marks_after_their_options_are_read(string sex, string deceased, string expectedSex, bool expectedDeceased)
    {
        var page = new PageBuilder(1).Line("1. La victime").Line("Nom d'usage : DUPONT").Line(sex).Line(deceased).Build();

        var f = Read(page);

        Value(f, "victime.sexe", expectedSex);
        Value(f, "victime.decedee", expectedDeceased);
    }

    [Fact]
    public void Options_one_per_line_under_the_question_are_read()
    {
        var page = new PageBuilder(1)
            .Line("4. Les faits")
            .Line("Le dommage résulte :")
            .Line("☐ d'un accident médical")
            .Line("☐ d'une affection iatrogène")
            .Line("☒ d'une infection nosocomiale")
            .Line("Description des faits et du dommage :")
            .Line("Infection après une prothèse de hanche.")
            .Build();

        Value(Read(page), "faits.type_dommage", "infection_nosocomiale");
    }

    [Fact]
    public void Crossed_boxes_printed_after_the_options_on_a_scan_are_read()
    {
        // The OCR reads nothing of the boxes; the raster has them just right of each option word.
        var pb = new PageBuilder(1, source: TextSource.Ocr)
            .Line("1. La victime")
            .Line("Nom d'usage DUPONT")
            .Line((50, "Sexe :"), (300, "F"), (360, "M"))
            .Line((50, "La victime est-elle décédée ?"), (300, "Oui"), (360, "Non"));
        var raster = new Raster();
        void BoxAfter(string word, bool crossed)
        {
            var b = pb.BoxOf(word);
            raster.Box(b.X1 + 4, b.Y0 - 1, 10);
            if (crossed) raster.Cross(b.X1 + 4, b.Y0 - 1, 10);
        }
        BoxAfter("F", false);
        BoxAfter("M", true);
        BoxAfter("Oui", false);
        BoxAfter("Non", true);
        pb.Image = raster.ToImage();

        var f = Read(pb.Build());

        Value(f, "victime.sexe", "M");
        Value(f, "victime.decedee", false);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Boxes_close_to_the_next_option_are_paired_with_their_own_option(bool boxesAfter)
    {
        // "F ☐ M ☒" (or "☐ F ☒ M") printed tight: each box is as close to one option as to the other
        var pb = new PageBuilder(1, source: TextSource.Ocr)
            .Line("1. La victime")
            .Line("Nom d'usage DUPONT")
            .Line((50, "Sexe :"), (300, "F"), (322, "M"))
            .Line((50, "La victime est-elle décédée ?"), (300, "Oui"), (340, "Non"));
        var raster = new Raster();
        void Box(string word, bool crossed)
        {
            var b = pb.BoxOf(word);
            double x = boxesAfter ? b.X1 + 2 : b.X0 - 11;
            raster.Box(x, b.Y0 - 1, 9);
            if (crossed) raster.Cross(x, b.Y0 - 1, 9);
        }
        Box("F", true);
        Box("M", false);
        Box("Oui", false);
        Box("Non", true);
        pb.Image = raster.ToImage();

        var f = Read(pb.Build());

        Value(f, "victime.sexe", "F");
        Value(f, "victime.decedee", false);
    }
}

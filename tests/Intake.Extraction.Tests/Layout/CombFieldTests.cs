using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Layout;

/// <summary>
/// Forms with one box per character (comb fields): the OCR gives one word per box, evenly spaced, an empty box
/// between words of a name; box borders left in the text come out as "|", "[", "]" or "1", "I", "l".
/// </summary>
public class CombFieldTests
{
    private const double Pitch = 14, ValueX = 250;

    private static readonly string Nir = NirFixture.With("1850775123042");

    /// <summary>One segment per character at the comb's pitch; a space leaves its box empty.</summary>
    private static (double, string)[] Comb(string label, string chars, double x0 = ValueX)
    {
        var segs = new List<(double, string)> { (50, label) };
        for (int i = 0; i < chars.Length; i++)
            if (chars[i] != ' ') segs.Add((x0 + i * Pitch, chars[i].ToString()));
        return segs.ToArray();
    }

    private static IReadOnlyList<ExtractedField> Read(params (double, string)[][] lines)
    {
        var pb = new PageBuilder(1, source: TextSource.Ocr).Line("DEMANDE D'INDEMNISATION").Line("1. La victime");
        foreach (var l in lines) pb.Line(l);
        return new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [pb.Build()], []);
    }

    [Fact]
    public void Characters_of_comb_fields_are_joined_into_one_value()
    {
        var f = Read(
            Comb("Nom d'usage", "DUPONT"),
            Comb("Prénom(s)", "JEAN PIERRE"),
            Comb("Date de naissance", "12031970"),
            Comb("Code postal", "69003"),
            Comb("Téléphone", "0612345678"),
            Comb("N° de sécurité sociale", Nir));

        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.prenoms", "JEAN PIERRE");
        Value(f, "victime.date_naissance", D(1970, 3, 12));
        Value(f, "victime.code_postal", "69003");
        Value(f, "victime.telephone", "0612345678");
        Value(f, "victime.nir", Nir);
    }

    [Fact]
    public void Date_combs_with_separators_printed_between_groups_are_read()
    {
        var f = Read(
            Comb("Date de naissance", "12/03/1970"),
            Comb("Date du décès", "05 06 2021"));

        Value(f, "victime.date_naissance", D(1970, 3, 12));
        Value(f, "victime.date_deces", D(2021, 6, 5));
    }

    [Fact]
    public void Box_borders_read_as_characters_are_dropped()
    {
        // The OCR kept some separators: glued bars, brackets at the ends, and a bar read as a word between digits.
        var f = Read(
            [(50, "Code postal"), (ValueX - 4, "[6|9"), (ValueX + 28, "0"), (ValueX + 35, "|"), (ValueX + 42, "0"), (ValueX + 56, "3]")],
            [(50, "Nom d'usage"), (ValueX - 5, "[D"), (ValueX + 14, "U"), (ValueX + 28, "R"), (ValueX + 42, "A"), (ValueX + 56, "N"), (ValueX + 70, "D]")]);

        Value(f, "victime.code_postal", "69003");
        Value(f, "victime.nom", "DURAND");
    }

    [Fact]
    public void Words_of_an_ordinary_value_are_not_glued()
    {
        var f = Read([(50, "Adresse"), (ValueX, "12 rue des Lilas")], [(50, "Commune"), (ValueX, "Lyon")]);

        Value(f, "victime.adresse", "12 rue des Lilas");
    }

    [Theory]
    [InlineData("Fait à GRENOBLE le 02 01 ,202,6.", null)]
    [InlineData("Fait à : BOURG-EN-BRESSE", "Le : 0201 2026")]
    public void A_signature_date_read_as_eight_figures_between_comb_marks_is_kept_with_doubt(string line, string? next)
    {
        var pb = new PageBuilder(1, source: TextSource.Ocr).Line("DEMANDE D'INDEMNISATION").Line("1. La victime")
            .Line("Nom d'usage : DUPONT").Line("7. Date et signature").Line(line);
        if (next is not null) pb.Line(next);
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [pb.Build()], []);

        Value(f, "signature.date", D(2026, 1, 2));
        Assert.True(Field(f, "signature.date").Confidence < Intake.Domain.Review.ReviewThresholds.Field);
        if (next is null) Value(f, "signature.lieu", "GRENOBLE");
    }
}

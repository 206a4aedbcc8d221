using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Report;

/// <summary>ATAP stated as none (empty list, not absent) and the author of a fault read from the expert's prose.</summary>
public class ReportAtapAndFaultTests
{
    private static IReadOnlyList<ExtractedField> Run(params string[] lines)
    {
        var page = new PageBuilder(1);
        foreach (var l in lines) page.Line(l);
        return new FieldExtractor().Extract(DocumentType.RapportExpertise, [page.Build()], []);
    }

    private static string Author(IReadOnlyList<ExtractedField> f) =>
        Assert.IsType<string>(Field(f, "expertise.faute_auteur").Value);

    [Theory]
    [InlineData("Pas d'arrêt temporaire des activités professionnelles imputable.")]
    [InlineData("ATAP : néant.")]
    [InlineData("Arrêt temporaire des activités professionnelles : sans objet (victime retraitée).")]
    public void No_atap_gives_an_empty_list(string sentence)
    {
        var f = Run("CONCLUSIONS", "DFT total du 15/06/2020 au 20/06/2020.", sentence, "AIPP : 5 %");
        Periods(f, "expertise.atap_periodes");
        Periods(f, "expertise.dft_periodes", new Period(D(2020, 6, 15), D(2020, 6, 20), 100));
    }

    [Fact]
    public void A_stated_atap_period_is_kept()
    {
        var f = Run("CONCLUSIONS", "DFT total du 15/06/2020 au 20/06/2020.", "ATAP du 01/02/2021 au 15/03/2021.", "AIPP : 5 %");
        Periods(f, "expertise.atap_periodes", new Period(D(2021, 2, 1), D(2021, 3, 15)));
        Periods(f, "expertise.dft_periodes", new Period(D(2020, 6, 15), D(2020, 6, 20), 100));
    }

    [Fact]
    public void A_report_silent_on_atap_has_no_atap_field()
    {
        var f = Run("CONCLUSIONS", "DFT total du 15/06/2020 au 20/06/2020.", "Souffrances endurées : 2/7", "AIPP : 5 %");
        Absent(f, "expertise.atap_periodes");
        Value(f, "expertise.aipp", 5);
    }

    [Theory]
    [InlineData("Nous retenons un manquement fautif du CHU de Saint-Étienne dans l'organisation des soins.", "CHU de Saint-Étienne")]
    [InlineData("La prise en charge par le Centre hospitalier Lyon Sud n'a pas été conforme aux règles de l'art : une faute est retenue.", "Centre hospitalier Lyon Sud")]
    [InlineData("La prise en charge par l'Hôpital Édouard Herriot n'a pas été conforme aux règles de l'art.", "Hôpital Édouard Herriot")]
    [InlineData("La prise en charge par le Dr Henri ROUX n'a pas été conforme aux règles de l'art.", "Henri ROUX")]
    [InlineData("Nous retenons une faute technique du Dr Aurélie NOËL.", "Aurélie NOËL")]
    [InlineData("Une faute est imputable au Docteur Paul MARTIN : le geste n'a pas été conforme aux données acquises de la science.", "Paul MARTIN")]
    public void Fault_author(string sentence, string expected)
    {
        var f = Run("DISCUSSION", sentence, "CONCLUSIONS", "AIPP : 12 %");
        Value(f, "expertise.faute", true);
        Value(f, "expertise.alea", false);
        Assert.Equal(expected, Author(f));
    }

    [Fact]
    public void A_kind_of_fault_is_not_its_author()
    {
        var f = Run("DISCUSSION", "Nous retenons une faute de surveillance dans les suites opératoires.", "AIPP : 12 %");
        Value(f, "expertise.faute", true);
        Absent(f, "expertise.faute_auteur");
    }

    [Fact]
    public void A_kind_of_fault_followed_by_its_author()
    {
        var f = Run("DISCUSSION", "Une faute de surveillance est imputable à la Clinique du Parc.", "AIPP : 12 %");
        Value(f, "expertise.faute", true);
        Assert.Equal("Clinique du Parc", Author(f));
    }
}

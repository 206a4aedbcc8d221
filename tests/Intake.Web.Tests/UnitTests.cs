using Intake.App.Web.Bench;
using Intake.App.Web.Reports;
using Intake.App.Web.Review;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

public sealed class FactValueTextTests
{
    [Theory]
    [InlineData("victime.date_naissance", "12/05/1970", "\"1970-05-12\"")]
    [InlineData("victime.date_naissance", "1970-05-12", "\"1970-05-12\"")]
    [InlineData("prejudice.aipp", "30 %", "30")]
    [InlineData("prejudice.aipp", "25", "25")]
    [InlineData("prejudice.consolide", "oui", "true")]
    [InlineData("prejudice.consolide", "Non", "false")]
    [InlineData("victime.nom", "  Le   Gall ", "\"Le Gall\"")]
    [InlineData("faits.type_dommage", "infection_nosocomiale", "\"infection_nosocomiale\"")]
    [InlineData("prejudice.arret_periodes", "du 01/03/2021 au 30/09/2021\n2022-01-01 - 2022-02-15",
        "[{\"debut\":\"2021-03-01\",\"fin\":\"2021-09-30\"},{\"debut\":\"2022-01-01\",\"fin\":\"2022-02-15\"}]")]
    [InlineData("expertise.dft_periodes", "du 12/03/2021 au 30/09/2021 50 %", "[{\"debut\":\"2021-03-12\",\"fin\":\"2021-09-30\",\"taux\":50}]")]
    public void Typed_values_become_the_stored_json(string key, string text, string json)
    {
        var (parsed, error) = FactValueText.Parse(key, text);
        Assert.Null(error);
        Assert.Equal(json, parsed);
    }

    [Theory]
    [InlineData("victime.date_naissance", "32/13/1970")]
    [InlineData("prejudice.aipp", "130")]
    [InlineData("prejudice.consolide", "peut-être")]
    [InlineData("faits.type_dommage", "chute")]
    [InlineData("victime.nir", "1850575123456 00")]
    [InlineData("expertise.dft_periodes", "du 12/03/2021 au 30/09/2021")]
    [InlineData("cle.inconnue", "x")]
    [InlineData("victime.nom", "   ")]
    public void Invalid_values_get_a_french_error(string key, string text)
    {
        var (parsed, error) = FactValueText.Parse(key, text);
        Assert.Null(parsed);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void A_valid_nir_is_normalised_and_masked_for_display_unless_allowed()
    {
        var nir = Seed.ValidNir("1850575123456");
        var (json, error) = FactValueText.Parse("victime.nir", nir[..1] + " " + nir[1..3] + " " + nir[3..]);
        Assert.Null(error);
        Assert.Equal($"\"{nir}\"", json);
        Assert.Equal(nir, FactValueText.Display("victime.nir", json, showNir: true));
        Assert.Equal(Intake.Domain.Identity.Nir.Mask(nir), FactValueText.Display("victime.nir", json, showNir: false));
        Assert.Equal("", FactValueText.Editable("victime.nir", json, showNir: false));
    }

    [Fact]
    public void Values_display_in_french()
    {
        Assert.Equal("12/05/1970", FactValueText.Display("victime.date_naissance", "\"1970-05-12\"", false));
        Assert.Equal("Oui", FactValueText.Display("prejudice.consolide", "true", false));
        Assert.Equal("30 %", FactValueText.Display("prejudice.aipp", "30", false));
        Assert.Equal("du 12/03/2021 au 30/09/2021 (50 %)", FactValueText.Display("expertise.dft_periodes", "[{\"debut\":\"2021-03-12\",\"fin\":\"2021-09-30\",\"taux\":50}]", false));
        Assert.Equal("—", FactValueText.Display("victime.nom", null, false));
    }
}

public sealed class ReportRenderingTests
{
    [Fact]
    public void Charts_encode_labels_and_scale_bars_to_the_largest_value()
    {
        var svg = SvgChart.Columns("Arrivées", [("<b>", 10), ("b", 5)], width: 216, height: 100);
        Assert.Contains("&lt;b&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        var heights = System.Text.RegularExpressions.Regex.Matches(svg, "<rect class=\"bar\"[^>]* height=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, heights.Count);
        Assert.Equal(heights[0] / 2, heights[1], 1);
        Assert.DoesNotContain("style=", SvgChart.Rows("x", [("a", 1)]), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_quotes_separators_and_neutralises_formulas()
    {
        var bytes = Csv.Write(["a", "b"], [["x;y", "=SUM(A1)"], ["say \"hi\"", 3L]]);
        var text = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        Assert.Equal("a;b\r\n\"x;y\";'=SUM(A1)\r\n\"say \"\"hi\"\"\";3\r\n", text);
    }

    [Fact]
    public void Weeks_without_intake_count_zero()
    {
        var today = new DateOnly(2026, 3, 12); // a Thursday
        var weeks = BacklogReport.FillWeeks([new WeekCount(new DateOnly(2026, 3, 2), 4)], Period.Default(today));
        Assert.Equal(BacklogReport.Weeks, weeks.Count);
        Assert.Equal(new DateOnly(2026, 3, 9), weeks[^1].Week);
        Assert.Equal(4, weeks[^2].Count);
        Assert.Equal(0, weeks[^1].Count);
    }

    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        var sorted = Enumerable.Range(1, 100).Select(i => (double)i).ToList();
        Assert.Equal(50, BenchWebCommand.Percentile(sorted, 0.50));
        Assert.Equal(95, BenchWebCommand.Percentile(sorted, 0.95));
        Assert.Equal(99, BenchWebCommand.Percentile(sorted, 0.99));
    }
}

using System.Text.Json.Nodes;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Evaluation.Results;

namespace Intake.Evaluation.Tests.Results;

public class FieldEntriesTests
{
    private static FieldEntry Entry(object value, BBox? box = null) =>
        FieldEntries.From(new ExtractedField("k", value, 0.87654, 2, box));

    [Fact]
    public void Dates_are_written_as_iso() =>
        Assert.Equal("\"2021-03-01\"", Entry(new DateOnly(2021, 3, 1)).Value!.ToJsonString());

    [Fact]
    public void Scalars_keep_their_json_type()
    {
        Assert.Equal("\"DUPONT\"", Entry("DUPONT").Value!.ToJsonString());
        Assert.Equal("true", Entry(true).Value!.ToJsonString());
        Assert.Equal("27", Entry(27).Value!.ToJsonString());
        Assert.Equal("3.5", Entry(3.5m).Value!.ToJsonString());
    }

    [Fact]
    public void Periods_become_debut_fin_and_taux_when_known()
    {
        IReadOnlyList<Period> periods = [new(new DateOnly(2021, 3, 1), new DateOnly(2021, 6, 30), 50), new(new DateOnly(2021, 7, 1), new DateOnly(2021, 9, 30))];

        var array = Assert.IsType<JsonArray>(Entry(periods).Value);

        Assert.Equal("""{"debut":"2021-03-01","fin":"2021-06-30","taux":50}""", array[0]!.ToJsonString());
        Assert.Equal("""{"debut":"2021-07-01","fin":"2021-09-30"}""", array[1]!.ToJsonString());
    }

    [Fact]
    public void Page_confidence_and_box_are_carried()
    {
        var e = Entry("x", new BBox(72.04, 640.51, 190.24, 655));

        Assert.Equal((2, 0.877), (e.Page, e.Confidence));
        Assert.Equal([72.0, 640.5, 190.2, 655.0], e.Bbox!);
        Assert.Null(Entry("x").Bbox);
    }

    [Fact]
    public void The_most_confident_value_of_a_repeated_key_wins()
    {
        var entries = FieldEntries.From(
        [
            new ExtractedField("victime.nom", "DUPOND", 0.4, 1, null),
            new ExtractedField("victime.nom", "DUPONT", 0.9, 3, null),
            new ExtractedField("victime.prenoms", "JEAN", 0.8, 1, null),
        ]);

        Assert.Equal(2, entries.Count);
        Assert.Equal("DUPONT", entries["victime.nom"].Value!.GetValue<string>());
    }

    [Fact]
    public void Unsupported_value_types_are_refused() =>
        Assert.Throws<ArgumentException>(() => Entry(new object()));
}

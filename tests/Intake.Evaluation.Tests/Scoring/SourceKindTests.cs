using System.Text.Json.Nodes;
using Intake.Evaluation.Report;
using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Tests.Fixtures;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Tests.Scoring;

public class SourceKindTests
{
    private const PageOrigin D = PageOrigin.BornDigital;
    private const PageOrigin S = PageOrigin.Scanned;

    private static TruthDocument Doc(int first, int last) => new("courrier", first, last, null, Json.Fields(("courrier.date", "\"2026-01-02\"")));

    [Theory]
    [InlineData(1, 2, SourceKind.BornDigital)]
    [InlineData(3, 4, SourceKind.Scanned)]
    [InlineData(2, 3, SourceKind.Mixed)]
    [InlineData(4, 5, SourceKind.Unknown)] // page 5 does not exist in the file
    public void A_document_takes_the_kind_of_its_pages(int first, int last, string kind)
    {
        var origins = new PageOrigins().SetPages("a.pdf", [D, D, S, S]);

        Assert.Equal(kind, SourceKind.Of("a.pdf", Doc(first, last), origins));
    }

    [Fact]
    public void Every_page_of_an_image_file_is_scanned_and_an_unread_file_is_unknown()
    {
        var origins = new PageOrigins().SetImage("2026-01-06/scan_c.tif");

        Assert.Equal(SourceKind.Scanned, SourceKind.Of("./2026-01-06\\scan_c.tif", Doc(3, 7), origins));
        Assert.Equal(SourceKind.Unknown, SourceKind.Of("2026-01-06/other.pdf", Doc(1, 1), origins));
    }

    /// <summary>
    /// The sample corpus read as: envelope_a.pdf a born-digital cover letter then scanned pages; report_b.pdf
    /// born-digital but for a scanned last page; scan_c.tif an image; unattached_d.pdf not read.
    /// </summary>
    private static PageOrigins SampleOrigins() => new PageOrigins()
        .SetPages("2026-01-05/envelope_a.pdf", [D, S, S, S, S, S])
        .SetPages("2026-01-05/report_b.pdf", [D, D, D, D, D, D, D, S])
        .SetImage("2026-01-06/scan_c.tif");

    private static ResultsFile OneWrongAipp() => SampleCorpus.PerfectResults().ReplaceFile("2026-01-05/report_b.pdf", f => f with
    {
        Documents = [f.Documents[0] with
        {
            Fields = new(f.Documents[0].Fields) { ["expertise.aipp"] = new FieldEntry { Value = Json.Parse("25") } },
        }],
    });

    [Fact]
    public void Field_accuracy_is_split_by_the_kind_of_each_truth_document()
    {
        var scores = Scorer.Score(OneWrongAipp(), SampleCorpus.Truth(), SampleOrigins());

        var bySource = scores.FieldsBySource!;
        Assert.Equal([SourceKind.BornDigital, SourceKind.Mixed, SourceKind.Scanned, SourceKind.Unknown], bySource.Keys);
        Assert.Equal(new SourceKindScore(1, new Ratio(2, 2)), bySource[SourceKind.BornDigital]);
        Assert.Equal(new SourceKindScore(4, new Ratio(16, 16)), bySource[SourceKind.Scanned]);
        Assert.Equal(new SourceKindScore(1, new Ratio(3, 4)), bySource[SourceKind.Mixed]);
        Assert.Equal(new SourceKindScore(1, new Ratio(1, 1)), bySource[SourceKind.Unknown]);
        Assert.Equal(scores.Fields.Overall, bySource.Values.Aggregate(new Ratio(0, 0), (sum, k) => sum + k.Fields));
    }

    [Fact]
    public void A_document_missing_from_the_results_counts_its_fields_wrong_in_its_kind()
    {
        var results = SampleCorpus.PerfectResults().ReplaceFile("2026-01-06/scan_c.tif", f => f with { Documents = [] });

        var bySource = Scorer.Score(results, SampleCorpus.Truth(), SampleOrigins()).FieldsBySource!;

        Assert.Equal(new Ratio(13, 16), bySource[SourceKind.Scanned].Fields);
        Assert.Equal(1.0, bySource[SourceKind.BornDigital].Fields.Value);
    }

    [Fact]
    public void Without_page_origins_there_is_no_split()
    {
        Assert.Empty(Scorer.Score(SampleCorpus.PerfectResults(), SampleCorpus.Truth()).FieldsBySource!);
    }

    [Fact]
    public void The_split_is_written_to_scores_json_printed_and_put_in_the_markdown_section()
    {
        var scores = Scorer.Score(OneWrongAipp(), SampleCorpus.Truth(), SampleOrigins());

        var json = JsonNode.Parse(ScoresFile.ToJson(scores))!;
        Assert.Equal(0.75, json["fields_by_source"]!["mixed"]!["fields"]!["value"]!.GetValue<double>());
        Assert.Equal(4, json["fields_by_source"]!["scanned"]!["documents"]!.GetValue<int>());
        Assert.Equal(ScoresFile.ToJson(scores), ScoresFile.ToJson(ScoresFile.FromJson(ScoresFile.ToJson(scores))));

        var console = new StringWriter();
        ScoreReport.Print(scores, console);
        var lines = console.ToString().Split('\n');
        int born = Array.FindIndex(lines, l => l.TrimStart().StartsWith("born-digital ", StringComparison.Ordinal));
        Assert.True(born >= 0, "no born-digital line in the console report");
        Assert.Contains("100.0 %  2/2 fields, 1 document", lines[born]);
        Assert.StartsWith("  scanned ", lines[born + 1]);
        Assert.Contains("75.0 %  3/4 fields", lines[born + 2]);

        var section = ScoreMarkdown.Section(scores, "sample", new DateOnly(2026, 3, 1));
        Assert.Contains("| born-digital | 100.0 % | 2/2 | 1 |\n| scanned | 100.0 % | 16/16 | 4 |\n| mixed | 75.0 % | 3/4 | 1 |\n| unknown | 100.0 % | 1/1 | 1 |", section);
    }

    [Fact]
    public void A_scores_json_written_before_the_split_still_loads_and_reports()
    {
        var json = JsonNode.Parse(ScoresFile.ToJson(Scorer.Score(SampleCorpus.PerfectResults(), SampleCorpus.Truth())))!.AsObject();
        json.Remove("fields_by_source");

        var old = ScoresFile.FromJson(json.ToJsonString());

        Assert.Null(old.FieldsBySource);
        var console = new StringWriter();
        ScoreReport.Print(old, console);
        Assert.DoesNotContain("per source", console.ToString());
        Assert.DoesNotContain("Pages of the document", ScoreMarkdown.Section(old, "old", new DateOnly(2026, 3, 1)));
    }
}

using System.Text.Json.Nodes;
using Intake.Evaluation.Report;
using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Tests.Fixtures;

namespace Intake.Evaluation.Tests.Report;

public class ReportTests
{
    private static Intake.Evaluation.Scoring.Model.Scores OneWrongAipp()
    {
        var results = SampleCorpus.PerfectResults().ReplaceFile("2026-01-05/report_b.pdf", f => f with
        {
            Documents = [f.Documents[0] with
            {
                Fields = new(f.Documents[0].Fields) { ["expertise.aipp"] = new FieldEntry { Value = Json.Parse("25") } },
            }],
        });
        return Scorer.Score(results, SampleCorpus.Truth());
    }

    [Fact]
    public void Scores_json_has_the_headline_figures_per_key_accuracy_and_wrong_fields()
    {
        var json = JsonNode.Parse(ScoresFile.ToJson(OneWrongAipp()))!;

        Assert.Equal(1.0, json["summary"]!["page_type"]!.GetValue<double>());
        Assert.Equal(22.0 / 23, json["summary"]!["fields"]!.GetValue<double>(), 9);
        Assert.Equal(1.0, json["summary"]!["routing"]!.GetValue<double>());
        Assert.Equal(0.0, json["fields"]!["per_key"]!["expertise.aipp"]!["value"]!.GetValue<double>());
        var wrong = json["fields"]!["wrong"]![0]!;
        Assert.Equal(("expertise.aipp", "30", "25"), (wrong["key"]!.GetValue<string>(), wrong["expected"]!.GetValue<string>(), wrong["got"]!.GetValue<string>()));
        Assert.NotNull(json["summary"]!["pages_per_minute"]);
    }

    [Fact]
    public void Scores_json_round_trips()
    {
        var scores = OneWrongAipp();
        var path = Path.Combine(Directory.CreateTempSubdirectory("intake-scores-").FullName, ScoresFile.FileName);
        try
        {
            ScoresFile.Save(scores, path);
            var loaded = ScoresFile.Load(path);
            Assert.Equal(scores.Summary, loaded.Summary);
            Assert.Equal(ScoresFile.ToJson(scores), ScoresFile.ToJson(loaded));
        }
        finally { Directory.Delete(Path.GetDirectoryName(path)!, recursive: true); }
    }

    [Fact]
    public void The_console_report_shows_scores_keys_and_mistakes()
    {
        var output = new StringWriter();

        ScoreReport.Print(OneWrongAipp(), output);

        var text = output.ToString();
        Assert.Contains("page type accuracy", text);
        Assert.Contains("100.0 %", text);
        Assert.Contains("95.7 %", text); // 22/23 fields
        Assert.Contains("ROUTING", text);
        Assert.Contains("expertise.aipp", text);
        Assert.Contains("expected 30, got 25", text);
    }

    [Fact]
    public void The_console_report_of_an_empty_run_prints_without_crashing()
    {
        var output = new StringWriter();

        ScoreReport.Print(Scorer.Score(new ResultsFile(), SampleCorpus.Truth()), output);

        Assert.Contains("0.0 %", output.ToString());
        Assert.Contains("5 truth file(s) absent from results", output.ToString());
    }

    [Fact]
    public void The_markdown_table_has_a_header_and_one_row_per_corpus()
    {
        var table = ScoreMarkdown.Table(OneWrongAipp(), "sample-2026", new DateOnly(2026, 3, 1));

        var lines = table.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("| Corpus | Date | Page type |", lines[0]);
        Assert.StartsWith("|---|", lines[1]);
        Assert.StartsWith("| sample-2026 | 2026-03-01 | 100.0 % | 100.0 % | 95.7 % |", lines[2]);
        Assert.Equal(lines[0].Count(c => c == '|'), lines[2].Count(c => c == '|'));
    }

    [Fact]
    public void The_markdown_section_lists_routing_components_and_fields()
    {
        var section = ScoreMarkdown.Section(OneWrongAipp(), "sample", new DateOnly(2026, 3, 1));

        Assert.Contains("### sample (2026-03-01)", section);
        Assert.Contains("| flags F1 | 100.0 % |", section);
        Assert.Contains("| `expertise.aipp` | 0.0 % | 0/1 |", section);
    }
}

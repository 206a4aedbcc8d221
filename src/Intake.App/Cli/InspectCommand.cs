using System.CommandLine;
using System.Globalization;
using System.Text;
using Intake.App.Hosting;
using Intake.Domain.Fields;
using Intake.Pipeline.Steps;

namespace Intake.App.Cli;

/// <summary>
/// `intake inspect FILE… [--text] [--boxes]`: runs stages 2–5 (text, classification, splitting, extraction) on one file
/// without a database and prints what the pipeline understood: per page its source and type, per logical
/// document its fields with confidence and place. For support and development ("why this type, this value?");
/// it prints the file's personal data, so it is a command-line tool for whoever already holds the file.
/// </summary>
public static class InspectCommand
{
    public static Command Verb()
    {
        var files = new Argument<string[]>("FILE") { Description = "the files to read (PDF, TIFF, JPEG, PNG)", Arity = ArgumentArity.OneOrMore };
        var text = CliOptions.Flag("--text", "print each page's lines");
        var boxes = CliOptions.Flag("--boxes", "list the checkbox frames found on scanned pages and their ink");
        var command = new Command("inspect", "stages 2–5 on files without a database: per page its source and type, per document its fields (prints personal data)")
        {
            files, text, boxes,
        };
        command.SetAction((r, ct) => RunAsync(r.GetValue(files)!, r.GetValue(text), r.GetValue(boxes)));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> files, bool withText, bool withBoxes)
    {
        var models = Environment.GetEnvironmentVariable("INTAKE_MODELS") ?? IntakeSettings.FindModelsDir();
        var text = StageFactory.Text(Environment.ProcessorCount);
        using var engines = text as IDisposable; // the Tesseract engines, released before exit
        var analyzer = new FileAnalyzer(text, StageFactory.Classification(models), StageFactory.Extraction());
        int failures = 0;
        foreach (var file in files)
        {
            try
            {
                var analysis = await analyzer.AnalyzeAsync(file, CancellationToken.None);
                Console.Write(Describe(file, analysis, withText, withBoxes));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures++;
                await Console.Error.WriteLineAsync($"{file}: {e.Message}");
            }
        }
        return failures == 0 ? 0 : 1;
    }

    public static string Describe(string file, FileAnalysis a, bool withText, bool withBoxes = false)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"== {file}: {a.Text.Pages.Count} page(s), {a.Text.FormFields.Count} form field(s), read {a.Timings.ReadTextMs:0} ms, classify {a.Timings.ClassifyMs:0} ms, extract {a.Timings.ExtractMs:0} ms");
        foreach (var p in a.Text.Pages)
        {
            var label = a.Pages.FirstOrDefault(l => l.Page == p.Number);
            var type = label is null ? "?" : label.IsBlank ? "blank" : string.Create(inv, $"{label.Type} ({label.Confidence:0.00})");
            sb.AppendLine(inv, $"-- page {p.Number}: {p.Source}, {p.Lines.Count} lines, ocr conf {p.MeanConfidence:0.00}, rotation {p.RotationDegrees}°, type {type}");
            if (withText)
                foreach (var line in p.Lines) sb.Append("   | ").AppendLine(line.Text);
            if (withBoxes)
                foreach (var box in Intake.Extraction.Checkboxes.BoxDetector.On(p))
                    sb.AppendLine(inv, $"   box [{box.Box.X0:0},{box.Box.Y0:0},{box.Box.X1:0},{box.Box.Y1:0}] ink {box.Ink:0.000}{(box.Marked ? " marked" : "")}");
        }
        foreach (var d in a.Documents)
        {
            var flags = d.Flags.Count > 0 ? $" flags {string.Join(',', d.Flags)}" : "";
            sb.AppendLine(inv, $"## {d.Type} pages {d.FirstPage}-{d.LastPage} (conf {d.TypeConfidence:0.00}){flags}");
            foreach (var f in d.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var box = f.Box is { } b ? string.Create(inv, $" [{b.X0:0},{b.Y0:0},{b.X1:0},{b.Y1:0}]") : "";
                sb.AppendLine(inv, $"   {f.Key,-36} {FieldValueJson.ToJson(f.Value),-40} conf {f.Confidence:0.00} p{f.Page}{box}");
            }
        }
        return sb.ToString();
    }
}

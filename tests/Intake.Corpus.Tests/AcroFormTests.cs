using System.Text.Json.Nodes;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms.Fields;

namespace Intake.Corpus.Tests;

/// <summary>The on-screen-filled claim form reads back through PdfPig with its values, labels and ticks.</summary>
[Collection("small corpus")]
public sealed class AcroFormTests(SmallCorpusFixture corpus)
{
    [Fact]
    public void Filled_form_fields_read_back_with_the_truth_values()
    {
        var file = corpus.InboxFiles().First(f => Path.GetFileName(f).StartsWith("cerfa_", StringComparison.Ordinal));
        var truth = JsonNode.Parse(File.ReadAllText(Path.Combine(corpus.Truth, "files", corpus.RelativePath(file) + ".json")))!;
        var fields = truth["documents"]![0]!["fields"]!.AsObject();
        using var doc = PdfDocument.Open(file);
        Assert.True(doc.TryGetForm(out var form));
        var all = form.Fields.ToList();
        var text = all.OfType<AcroTextField>().ToList();
        var boxes = all.OfType<AcroCheckboxField>().ToList();
        Assert.True(text.Count > 20, $"text fields {text.Count}");
        Assert.True(boxes.Count > 10, $"checkboxes {boxes.Count}");

        // Names and tooltips vary with the edition (semantic or opaque names, printed wording): find values by content.
        var values = text.Select(t => t.Value).ToHashSet();
        Assert.Contains(fields["victime.nom"]!.GetValue<string>(), values);
        Assert.Contains(fields["victime.prenoms"]!.GetValue<string>(), values);
        Assert.Contains(fields["victime.commune"]!.GetValue<string>(), values);
        Assert.Contains(boxes, b => b.IsChecked);
        Assert.Contains(boxes, b => !b.IsChecked);
    }
}

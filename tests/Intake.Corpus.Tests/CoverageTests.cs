using System.Text.Json.Nodes;
using Intake.Corpus.Scenarios;
using Intake.Domain.Documents;
using UglyToad.PdfPig;

namespace Intake.Corpus.Tests;

/// <summary>The Small profile covers every document type, file kind and scenario, within its size budget.</summary>
[Collection("small corpus")]
public sealed class CoverageTests(SmallCorpusFixture corpus)
{
    private List<(string File, JsonNode Doc)> AllDocuments() =>
        corpus.InboxFiles().SelectMany(f =>
            JsonNode.Parse(File.ReadAllText(Path.Combine(corpus.Truth, "files", corpus.RelativePath(f) + ".json")))!["documents"]!
                .AsArray().Select(d => (f, d!))).ToList();

    [Fact]
    public void Every_document_type_appears()
    {
        var types = AllDocuments().Select(d => d.Doc["type"]!.GetValue<string>()).ToHashSet();
        Assert.Empty(DocumentType.All.Except(types));
    }

    [Fact]
    public void Every_scenario_of_the_catalogue_appears()
    {
        var dossiers = JsonNode.Parse(File.ReadAllText(Path.Combine(corpus.Truth, "dossiers.json")))!.AsArray();
        var covered = dossiers.SelectMany(d => d!["covers"]!.AsArray().Select(c => c!.GetValue<string>())).ToHashSet();
        Assert.Empty(ScenarioCatalogue.RequiredCoverage.Except(covered));
    }

    [Fact]
    public void Every_file_kind_appears()
    {
        var files = corpus.InboxFiles().ToList();
        Assert.Contains(files, f => f.EndsWith(".jpg", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".png", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".tif", StringComparison.Ordinal) && InboxFiles.PageCount(f) > 1);
        Assert.Contains(files, f => new FileInfo(f).Length == 0);
        bool imageOnly = false, textOnly = false, mixed = false, form = false;
        foreach (var f in files.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) && new FileInfo(f).Length > 1000))
        {
            try
            {
                using var doc = PdfDocument.Open(f);
                var pages = doc.GetPages().Select(p => (Text: p.GetWords().Any(), Image: p.GetImages().Any())).ToList();
                imageOnly |= pages.All(p => p.Image && !p.Text);
                textOnly |= pages.All(p => p.Text && !p.Image);
                mixed |= pages.Any(p => p.Image) && pages.Any(p => p.Text && !p.Image);
                form |= doc.TryGetForm(out _);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException) { /* broken on purpose */ }
        }
        Assert.True(imageOnly && textOnly && mixed && form, $"image {imageOnly} text {textOnly} mixed {mixed} form {form}");
    }

    [Fact]
    public void Small_profile_stays_within_budget()
    {
        long bytes = corpus.InboxFiles().Sum(f => new FileInfo(f).Length);
        // Claim forms run to 2–8 pages (notice and checklist pages included); colour and 300 dpi scans, phone photos
        // and fax pages cost more than the grey 200 dpi pages of the first generator.
        Assert.True(bytes < 16_000_000, $"{bytes} bytes");
        Assert.InRange(corpus.InboxFiles().Count(), 30, 60);
    }

    [Fact]
    public void Good_pdfs_open_with_the_declared_page_count()
    {
        foreach (var f in corpus.InboxFiles().Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            var truth = JsonNode.Parse(File.ReadAllText(Path.Combine(corpus.Truth, "files", corpus.RelativePath(f) + ".json")))!;
            if (truth["status"] is not null)
            {
                Assert.ThrowsAny<Exception>(() => { using var d = PdfDocument.Open(f); _ = d.GetPage(1).GetWords().ToList(); });
                continue;
            }
            using var doc = PdfDocument.Open(f);
            int last = truth["documents"]!.AsArray().Max(d => d!["pages"]![1]!.GetValue<int>());
            Assert.Equal(last, doc.NumberOfPages);
        }
    }
}

using Intake.Corpus.Content;
using Intake.Corpus.Model;
using Intake.Corpus.Planning;
using Intake.Corpus.Rendering;
using Intake.Corpus.Scenarios;
using Intake.Domain.Documents;

namespace Intake.Corpus.Tests;

/// <summary>Every template of every document type renders in full and prints the truth fields it declares.</summary>
public sealed class TemplateTests
{
    private static readonly IReadOnlyList<DateOnly> Days = MailCalendar.Days(CorpusOptions.DefaultBaseDate);
    private static readonly FileKind[] Kinds = [FileKind.ScannedPdf, FileKind.TextPdf, FileKind.Jpeg, FileKind.Png, FileKind.Tiff];

    public static TheoryData<string> TemplateNames() => new(DossierDocuments.Templates.Select(t => t.Name));
    public static TheoryData<string> MiscNames() => new(Letters.MiscTemplates.Select(t => t.Name));

    /// <summary>Documents of the template for the scenarios it applies to, on a few seeds.</summary>
    private static IEnumerable<(Document Doc, string Where)> Samples(DocumentTemplate t, int seeds)
    {
        for (int seed = 1; seed <= seeds; seed++)
            foreach (var s in ScenarioCatalogue.All)
            {
                var ctx = new DossierContext(s, s.Id, new Random(seed * 1000 + s.Id.GetHashCode(StringComparison.Ordinal) % 997), Days);
                var request = Kinds.Select(k => new PieceRequest(ctx, t.Pieces[0], 1, k, 2 + seed)).FirstOrDefault(t.Applies);
                if (request is null) continue;
                yield return (t.Build(request), $"{s.Id} seed {seed}");
            }
    }

    private static void AssertPrintsItsTruth(Document doc, string where)
    {
        var layouts = SheetLayout.Lay(doc, new Random(7));
        Assert.Equal(doc.Pages.Count, layouts.Count);
        for (int i = 0; i < doc.Pages.Count; i++)
        {
            if (doc.Pages[i].Format == PageFormat.A4 && CardDesign.Of(doc.Template) is null)
                Assert.True(PageFlow.Fits(doc.Pages[i]), $"{doc.Template} ({where}): page {i + 1} does not fit the sheet");
            Assert.NotEmpty(layouts[i].Texts);
            Assert.All(layouts[i].Texts, t => Assert.InRange(t.X, 0, layouts[i].Width - 10));
            Assert.All(layouts[i].Texts, t => Assert.InRange(t.Baseline, 0, layouts[i].Height));
        }
        string text = string.Join('\n', layouts.SelectMany(l => l.Texts.Select(t => t.Text)));
        var missing = doc.Fields.Select(kv => PrintedValues.Missing(kv.Key, kv.Value, text)).Where(m => m is not null).ToList();
        Assert.True(missing.Count == 0, $"{doc.Template} ({where}): {string.Join("; ", missing)}");
    }

    /// <summary>The born-digital PDF opens with the document's page count and its text (every glyph exists in the faces).</summary>
    private static void AssertWritesAPdf(Document doc)
    {
        var pdf = FileRenderer.Render(new FileRenderer.Request([doc], FileKind.TextPdf, new Random(5), null));
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(doc.Pages.Count, read.NumberOfPages);
        Assert.NotEmpty(read.GetPage(1).GetWords());
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Dossier_template_renders_in_full_and_prints_its_truth(string name)
    {
        var template = DossierDocuments.Templates.Single(t => t.Name == name);
        var samples = Samples(template, seeds: 3).ToList();
        Assert.NotEmpty(samples);
        AssertWritesAPdf(samples[0].Doc);
        foreach (var (doc, where) in samples)
        {
            Assert.Equal(template.Type, doc.Type);
            Assert.True(doc.Template == name || doc.Template.StartsWith(name + "-", StringComparison.Ordinal), $"{doc.Template} written by {name}");
            Assert.Equal(s_key(where), doc.DossierKey);
            AssertPrintsItsTruth(doc, where);
        }
    }

    private static string s_key(string where) => where.Split(' ')[0];

    [Theory]
    [MemberData(nameof(MiscNames))]
    public void Misc_template_renders_in_full_and_prints_its_truth(string name)
    {
        var template = Letters.MiscTemplates.Single(t => t.Name == name);
        for (int seed = 1; seed <= 6; seed++)
        {
            var rng = new Random(seed);
            var doc = template.Build(new People.PersonFactory(rng), rng, Days[1]);
            if (seed == 1) AssertWritesAPdf(doc);
            Assert.Equal(template.Type, doc.Type);
            Assert.Equal(name, doc.Template);
            Assert.Null(doc.DossierKey);
            AssertPrintsItsTruth(doc, $"seed {seed}");
        }
    }

    [Fact]
    public void Every_type_but_the_claim_form_has_several_templates()
    {
        var names = DossierDocuments.Templates.Select(t => t.Name).Concat(Letters.MiscTemplates.Select(t => t.Name)).ToList();
        foreach (var type in DocumentType.All.Where(t => t != DocumentType.DemandeIndemnisation))
            Assert.True(names.Count(n => n.StartsWith(type + "/", StringComparison.Ordinal)) >= 3, $"{type}: {names.Count(n => n.StartsWith(type + "/", StringComparison.Ordinal))} templates");
    }

    [Fact]
    public void Every_piece_of_every_scenario_has_a_template_for_its_file_kind()
    {
        foreach (var s in ScenarioCatalogue.All)
        {
            var ctx = new DossierContext(s, s.Id, new Random(3), Days);
            foreach (var mail in s.Mail)
                foreach (var piece in mail.Pieces.Where(p => p != Piece.Cerfa))
                    Assert.True(DossierDocuments.Templates.Any(t => t.Applies(new PieceRequest(ctx, piece, mail.Day, mail.Kind))), $"{s.Id}: no template for {piece} in a {mail.Kind}");
        }
    }

    [Fact]
    public void Medical_records_run_to_one_to_four_pages_and_only_the_first_has_a_title()
    {
        var lengths = new List<int>();
        foreach (var t in DossierDocuments.Templates.Where(t => t.Type == DocumentType.DocumentMedical))
            foreach (var (doc, where) in Samples(t, seeds: 4))
            {
                lengths.Add(doc.Pages.Count);
                Assert.InRange(doc.Pages.Count, 1, 4);
                Assert.True(doc.Pages.Skip(1).All(p => p.Lines.All(l => l.Kind != LineKind.Title)), $"{doc.Template} ({where}): a continuation page has a title");
            }
        Assert.Contains(1, lengths);
        Assert.True(lengths.Count(n => n >= 3) >= 3, $"records of 3 or 4 pages: {lengths.Count(n => n >= 3)}");
    }

    [Fact]
    public void Expert_reports_reach_the_requested_length_and_annexes_come_after()
    {
        var scenario = ScenarioCatalogue.All.First(s => s.Report is not null);
        foreach (var t in ExpertReport.Templates)
            for (int pages = 3; pages <= 12; pages += 3)
            {
                var ctx = new DossierContext(scenario, scenario.Id, new Random(pages), Days);
                var doc = t.Build(new PieceRequest(ctx, Piece.Report, 2, FileKind.TextPdf, pages));
                int annexes = doc.Pages.Count(p => p.Lines.Any(l => l.PlainText.StartsWith("ANNEXE", StringComparison.Ordinal)));
                Assert.InRange(doc.Pages.Count - annexes, pages - 1, pages + 1);
            }
    }
}

using System.Globalization;
using System.Text;
using Intake.Corpus.Content;
using Intake.Corpus.Model;
using Intake.Corpus.Planning;
using Intake.Corpus.Rendering;
using Intake.Corpus.Writers;
using Intake.Domain.Fields;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms.Fields;

namespace Intake.Corpus.Tests;

/// <summary>Claim-form editions drawn as combinations of features: page counts, truth in the text, combs, notices.</summary>
public sealed class ClaimFormEditionTests
{
    private static readonly HashSet<string> ChoiceKeys =
    [
        "victime.sexe", "victime.decedee", "demandeur.qualite", "faits.professionnel_liberal", "faits.type_dommage",
        "prejudice.consolide", "prejudice.arret_travail", "prejudice.inaptitude_definitive", "prejudice.troubles_graves",
        "procedures.action_en_justice", "procedures.valproate",
    ];

    /// <summary>Upper-case letters and digits only: "15/03/1980" and the comb "1 5 / 0 3 / 1 9 8 0" both fold to "15031980".</summary>
    private static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
        return sb.ToString();
    }

    private static string Ddmmyyyy(DateOnly d) => d.ToString("ddMMyyyy", CultureInfo.InvariantCulture);

    [Fact]
    public void The_same_seed_gives_the_same_edition_pages_and_bytes()
    {
        foreach (int i in new[] { 0, 1, 5 })
        {
            var a = ClaimFormSamples.Build(i);
            var b = ClaimFormSamples.Build(i);
            Assert.Equal(a.Edition.Wording, b.Edition.Wording);
            Assert.Equal(a.Edition with { Wording = b.Edition.Wording, BreakBefore = b.Edition.BreakBefore }, b.Edition);
            Assert.Equal(a.Layouts.Select(l => ReadingOrder.Text(l)), b.Layouts.Select(l => ReadingOrder.Text(l)));
            Assert.Equal(AcroFormPdfWriter.Write(a.Layouts), AcroFormPdfWriter.Write(b.Layouts));
        }
        Assert.NotEqual(ReadingOrder.Text(ClaimFormSamples.Build(0).Layouts[0]), ReadingOrder.Text(ClaimFormSamples.Build(3).Layouts[0]));
    }

    [Fact]
    public void Page_counts_span_two_to_eight()
    {
        var counts = ClaimFormSamples.Forms.Select(f => f.Document.Pages.Count).ToList();
        Assert.All(counts, c => Assert.InRange(c, ClaimFormEdition.MinPages, ClaimFormEdition.MaxPages));
        Assert.Equal(Enumerable.Range(2, 7), counts.Distinct().Order());
    }

    [Fact]
    public void Editions_combine_every_placement_and_value_kind()
    {
        var editions = ClaimFormSamples.Forms.Select(f => f.Edition).ToList();
        Assert.Equal(Enum.GetValues<ValuePlacement>().Order(), editions.Select(e => e.Placement).Distinct().Order());
        Assert.Contains(editions, e => e.TwoColumns && e.CombDates && e.CombCodes);
        Assert.Contains(editions, e => e.Frames);
        Assert.Contains(editions, e => e.BoxAfterWord);
        Assert.Contains(editions, e => e.Notice == NoticePlace.Before);
        Assert.Contains(editions, e => e.Notice == NoticePlace.After);
        Assert.Contains(editions, e => e.Footers == FooterFrequency.None);
        var layouts = ClaimFormSamples.Forms.SelectMany(f => f.Layouts).ToList();
        Assert.Contains(layouts, l => l.Texts.Any(t => t.Source?.Style == SpanStyle.Leader && t.Text.StartsWith("....", StringComparison.Ordinal)));
        Assert.Contains(layouts, l => l.Texts.Any(t => t.Source?.Style == SpanStyle.Leader && t.Text.StartsWith("____", StringComparison.Ordinal)));
        Assert.Contains(layouts, l => l.Boxes.Any(b => b.Kind == BoxKind.Frame && b.Source?.FormField is not null));
    }

    [Fact]
    public void Every_truth_value_is_in_the_reading_order_text_of_the_form()
    {
        foreach (var form in ClaimFormSamples.Forms)
        {
            var pages = form.Layouts.Select(l => Fold(ReadingOrder.Text(l))).ToList();
            bool OnAPage(string folded) => pages.Any(p => p.Contains(folded, StringComparison.Ordinal));
            string where = $"{form.Document.DossierKey} {form.Edition.Placement} two={form.Edition.TwoColumns} comb={form.Edition.CombDates}/{form.Edition.CombCodes}";
            int choices = 0;
            foreach (var (key, value) in form.Document.Fields)
            {
                switch (value)
                {
                    case string s when !ChoiceKeys.Contains(key):
                        Assert.True(OnAPage(Fold(s)), $"{where}: {key} = {s}");
                        break;
                    case DateOnly d:
                        Assert.True(OnAPage(Ddmmyyyy(d)), $"{where}: {key} = {d}");
                        break;
                    case int n:
                        Assert.True(OnAPage(n.ToString(CultureInfo.InvariantCulture)), $"{where}: {key} = {n}");
                        break;
                    case IReadOnlyList<Period> periods:
                        Assert.All(periods, p => Assert.True(OnAPage(Ddmmyyyy(p.Debut)) && OnAPage(Ddmmyyyy(p.Fin)), $"{where}: {key}"));
                        break;
                }
                if (ChoiceKeys.Contains(key) && !(key == "demandeur.qualite" && (string)value == "victime")) choices++;
            }
            // One ticked option per answered question (the checklist's own boxes are not form fields).
            int ticked = form.Layouts.Sum(l => l.Boxes.Count(b => b is { Kind: BoxKind.Checkbox, Checked: true } && b.Source?.FormField is not null));
            Assert.True(choices == ticked, $"{where}: {choices} answers, {ticked} ticks");
        }
    }

    [Fact]
    public void Comb_fields_lay_one_character_per_box()
    {
        int combs = 0;
        foreach (var layout in ClaimFormSamples.Forms.Where(f => f.Edition.CombDates || f.Edition.CombCodes).SelectMany(f => f.Layouts))
        {
            foreach (var group in layout.Boxes.Where(b => b.Kind == BoxKind.CombCell).GroupBy(b => b.Source!, ReferenceEqualityComparer.Instance))
            {
                var span = (Span)group.Key!;
                var cells = group.ToList();
                Assert.Equal(span.Comb!.Cells, cells.Count);
                var chars = layout.Texts.Where(t => ReferenceEquals(t.Source, span)).ToList();
                Assert.Equal(span.Text.Count(c => c != ' '), chars.Count);
                Assert.All(chars, t => Assert.Equal(1, t.Text.Length));
                // Character k sits inside cell k.
                int k = 0;
                foreach (var (t, cell) in chars.Zip(cells.Where((_, i) => i < span.Text.Length && span.Text[i] != ' ')))
                {
                    double centre = t.X + Fonts.Measure(t.Text, t.Font, t.Size) / 2;
                    Assert.InRange(centre, cell.X, cell.X + cell.W);
                    Assert.Equal(span.Text[k++].ToString(), t.Text);
                }
                combs++;
            }
        }
        Assert.True(combs > 50, $"combs {combs}");
    }

    [Fact]
    public void Notice_and_checklist_pages_belong_to_the_claim_form_document()
    {
        var plain = ClaimFormSamples.Build(4, ClaimFormEdition.LabelLeft);
        var withNotice = ClaimFormSamples.Build(4, ClaimFormEdition.LabelLeft with { Notice = NoticePlace.Before, NoticePages = 2, Checklist = true });
        Assert.Equal(plain.Document.Pages.Count + 3, withNotice.Document.Pages.Count);
        var truth = TruthJson.File([withNotice.Document])["documents"]![0]!;
        Assert.Equal([1, withNotice.Document.Pages.Count], truth["pages"]!.AsArray().Select(p => p!.GetValue<int>()));
        string notice = ReadingOrder.Text(withNotice.Layouts[0]);
        Assert.Contains("commission", notice, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Fold((string)withNotice.Document.Fields["victime.nom"]), Fold(notice), StringComparison.Ordinal);
        Assert.Contains("12245", ReadingOrder.Text(withNotice.Layouts[2]), StringComparison.Ordinal);
        Assert.Contains(Fold((string)withNotice.Document.Fields["victime.nom"]), Fold(ReadingOrder.Text(withNotice.Layouts[2])), StringComparison.Ordinal);
        Assert.Contains("☐", ReadingOrder.Text(withNotice.Layouts[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_two_historical_editions_remain_reachable()
    {
        var left = ClaimFormSamples.Build(2, ClaimFormEdition.LabelLeft);
        Assert.Equal(3, left.Document.Pages.Count);
        string nom = (string)left.Document.Fields["victime.nom"];
        Assert.Contains($"Nom d'usage : {nom}", ReadingOrder.Text(left.Layouts[0]).Split('\n'));
        Assert.Contains("page 3/3", ReadingOrder.Text(left.Layouts[2]), StringComparison.Ordinal);

        var above = ClaimFormSamples.Build(2, ClaimFormEdition.LabelAbove);
        Assert.Equal(2, above.Document.Pages.Count);
        var rows = ReadingOrder.Text(above.Layouts[0]).Split('\n').ToList();
        int label = rows.FindIndex(r => r.StartsWith("Nom d'usage", StringComparison.Ordinal));
        Assert.StartsWith(nom, rows[label + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Acroform_comb_fields_are_comb_fields_or_one_field_per_box()
    {
        foreach (bool perBox in new[] { false, true })
        {
            var edition = ClaimFormEdition.LabelLeft with { CombCodes = true, CombDates = true, CombFieldPerBox = perBox, Naming = FieldNaming.Semantic };
            var form = ClaimFormSamples.Build(3, edition);
            using var pdf = PdfDocument.Open(AcroFormPdfWriter.Write(form.Layouts));
            Assert.True(pdf.TryGetForm(out var acro));
            var fields = acro.Fields.OfType<AcroTextField>().ToList();
            var postcode = fields.Where(f => f.Information.PartialName?.StartsWith("victime_code_postal", StringComparison.Ordinal) == true).ToList();
            string truth = (string)form.Document.Fields["victime.code_postal"];
            Assert.Equal(truth, string.Concat(postcode.Select(f => f.Value)));
            if (perBox) Assert.Equal(5, postcode.Count);
            else
            {
                var f = Assert.Single(postcode);
                Assert.Equal(5, f.MaxLength);
                Assert.True(f.Flags.HasFlag(AcroTextFieldFlags.Comb));
            }
            var birth = fields.Where(f => f.Information.PartialName?.StartsWith("victime_date_naissance", StringComparison.Ordinal) == true).ToList();
            Assert.Equal(Ddmmyyyy((DateOnly)form.Document.Fields["victime.date_naissance"]), string.Concat(birth.Select(f => f.Value)));
            Assert.Equal(perBox ? 8 : 3, birth.Count);
        }
    }
}

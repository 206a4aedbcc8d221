using Intake.Corpus.Model;

namespace Intake.Corpus.Content;

/// <summary>The two printed editions of the claim form.</summary>
public enum FormEdition
{
    /// <summary>3 pages, label on the left and value on the right of the same line.</summary>
    LabelLeft,
    /// <summary>2 pages, label above the value, two columns, social-security block first.</summary>
    LabelAbove,
}

/// <summary>Lays the claim-form items out as pages for one edition.</summary>
internal static class ClaimFormLayout
{
    public static List<Page> Render(IReadOnlyList<FormSection> sections, FormEdition edition, bool hand)
    {
        var style = hand ? SpanStyle.Hand : SpanStyle.Normal;
        int field = 0;
        Span Value(string text, double col, string tooltip) =>
            new(text, style, col) { FormField = $"topmostSubform[0].Champ{++field}[0]", Tooltip = tooltip };

        var pages = new List<Page>();
        var pb = new PageBuilder();
        Header(pb, edition);
        int[] breaks = edition == FormEdition.LabelLeft ? [2, 5] : [3];
        for (int si = 0; si < sections.Count; si++)
        {
            if (breaks.Contains(si))
            {
                pb.Small($"cerfa n°12245*03 — page {pages.Count + 1}/{breaks.Length + 1}");
                pages.Add(pb.Build());
                pb = new PageBuilder();
                pb.Small("Demande d'indemnisation — CCI (suite)");
            }
            var sec = sections[si];
            pb.Heading(sec.Title);
            var items = sec.Items.ToList();
            if (edition == FormEdition.LabelAbove && si == 0)
            {
                // Edition B prints the social-security block first.
                var ss = items.Where(i => i is TextItem t && t.Key is "victime.nir" or "victime.caisse").ToList();
                items = ss.Concat(items.Except(ss)).ToList();
            }
            if (edition == FormEdition.LabelLeft) LabelLeft(pb, items, Value);
            else LabelAbove(pb, items, Value);
        }
        pb.Small($"cerfa n°12245*03 — page {pages.Count + 1}/{breaks.Length + 1}");
        pages.Add(pb.Build());
        return pages;
    }

    private static void Header(PageBuilder pb, FormEdition edition)
    {
        if (edition == FormEdition.LabelLeft)
        {
            pb.Spans(new Span("cerfa", SpanStyle.Bold), new Span("N° 12245*03", SpanStyle.Normal, 0.75));
            pb.Title("Demande d'indemnisation");
            pb.Centered("Commission de conciliation et d'indemnisation des accidents médicaux,", LineKind.Small);
            pb.Centered("des affections iatrogènes et des infections nosocomiales (CCI)", LineKind.Small);
        }
        else
        {
            pb.Spans(new Span("RÉPUBLIQUE FRANÇAISE", SpanStyle.Bold), new Span("cerfa n°12245*03", SpanStyle.Bold, 0.7));
            pb.Title("DEMANDE D'INDEMNISATION", centered: false);
            pb.Small("auprès de la commission de conciliation et d'indemnisation (CCI) — articles L1142-7 et R1142-13 du code de la santé publique");
        }
        pb.Gap();
    }

    private static IEnumerable<Span> Boxes(ChoiceItem c, double startCol, double step, Func<string, double, string, Span> value) =>
        c.Options.Select((o, i) => new Span(o, SpanStyle.Checkbox, startCol + i * step, c.Checked == i)
        {
            FormField = value("", 0, "").FormField + "_cb", Tooltip = $"{c.Label} {o}",
        });

    private static void LabelLeft(PageBuilder pb, List<FormItem> items, Func<string, double, string, Span> value)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case TextItem { Long: true } t:
                    pb.Text(t.Label + " :");
                    pb.Spans(value(t.Display ?? "", 0.02, t.Label));
                    pb.Gap();
                    break;
                case TextItem t:
                    pb.Spans(new Span(t.Label + " :"), value(t.Display ?? "", 0.42, t.Label));
                    break;
                case ChoiceItem { OptionsBelow: true } c:
                    pb.Text(c.Label);
                    foreach (var b in Boxes(c, 0.05, 0, value)) pb.Spans(b);
                    break;
                case ChoiceItem c:
                    double start = c.Label.Length > 40 ? 0.74 : 0.42;
                    double step = c.Options.Length > 2 ? 0.16 : 0.1;
                    if (c.Options.Length > 2) { pb.Text(c.Label); start = 0.02; step = 0.25; pb.Spans(Boxes(c, start, step, value).ToArray()); }
                    else pb.Spans([new Span(c.Label), .. Boxes(c, start, step, value)]);
                    break;
                case PeriodsItem p:
                    pb.Text(p.Label);
                    var rows = p.Lines.Count > 0 ? p.Lines : [("", "")];
                    foreach (var (from, to) in rows)
                        pb.Spans(new Span("du", SpanStyle.Normal, 0.05), value(from, 0.1, "Arrêt du"), new Span("au", SpanStyle.Normal, 0.4), value(to, 0.45, "Arrêt au"));
                    break;
                case SignatureItem s:
                    pb.Spans(new Span("Signature :"), new Span("", SpanStyle.Signature, 0.42, s.Signed));
                    break;
            }
        }
    }

    private static void LabelAbove(PageBuilder pb, List<FormItem> items, Func<string, double, string, Span> value)
    {
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is TextItem { Long: false } a && i + 1 < items.Count && items[i + 1] is TextItem { Long: false } b)
            {
                pb.Add(new Line([new Span(a.Label), new Span(b.Label, SpanStyle.Normal, 0.5)], LineKind.Small));
                pb.Spans(value(a.Display ?? "", 0.0, a.Label), value(b.Display ?? "", 0.5, b.Label));
                i++;
                continue;
            }
            switch (item)
            {
                case TextItem t:
                    pb.Add(new Line([new Span(t.Label)], LineKind.Small));
                    pb.Spans(value(t.Display ?? "", 0.0, t.Label));
                    break;
                case ChoiceItem c when c.Options.Length > 2:
                    pb.Add(new Line([new Span(c.Label)], LineKind.Small));
                    pb.Spans(Boxes(c, 0.0, 1.0 / c.Options.Length, value).ToArray());
                    break;
                case ChoiceItem c:
                    pb.Spans([new Span(c.Label), .. Boxes(c, 0.78, 0.1, value)]);
                    break;
                case PeriodsItem p:
                    pb.Add(new Line([new Span(p.Label)], LineKind.Small));
                    foreach (var (from, to) in p.Lines.Count > 0 ? p.Lines : [("", "")])
                        pb.Spans(new Span("du"), value(from, 0.06, "du"), new Span("au", SpanStyle.Normal, 0.3), value(to, 0.36, "au"));
                    break;
                case SignatureItem s:
                    pb.Spans(new Span("Signature du demandeur :"), new Span("", SpanStyle.Signature, 0.5, s.Signed));
                    break;
            }
        }
    }
}

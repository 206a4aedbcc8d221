using Intake.Corpus.Model;
using Intake.Corpus.Rendering;

namespace Intake.Corpus.Content;

/// <summary>
/// Paginates the claim form's blocks for an edition (forced breaks before some sections, otherwise a new page when
/// the next block does not fit), adds the first-page header, continuation headers and footers, and the notice,
/// checklist and blank-lines pages. The whole document stays between 2 and 8 pages.
/// </summary>
internal static class ClaimFormPages
{
    private const int MinPages = ClaimFormEdition.MinPages, MaxPages = ClaimFormEdition.MaxPages;
    private const string Cerfa = "cerfa n°12245*03";
    private const double MinFillBeforeBreak = 0.5;

    public static List<Page> Render(IReadOnlyList<FormSection> sections, ClaimFormEdition edition, bool hand)
    {
        var layout = new ClaimFormLayout(edition, hand);
        var rng = layout.Rng;
        var sectionBlocks = sections.Select((s, i) => layout.Section(s, i)).ToList();
        var firstHeader = FirstHeader(edition, rng);
        var continuation = ContinuationHeader(edition, rng);

        var form = Paginate(sectionBlocks, edition, firstHeader, continuation);
        if (form.Count < MinPages) form = Paginate(sectionBlocks, edition with { BreakBefore = [3] }, firstHeader, continuation);
        for (double spacing = edition.Spacing; form.Count > MaxPages && spacing > 0.8; spacing -= 0.15)
            form = Paginate(sectionBlocks, edition with { Spacing = spacing - 0.15, BreakBefore = [] }, firstHeader, continuation);

        // Extra pages, dropped from the least likely first while the document would pass 8 pages.
        int notice = edition.Notice == NoticePlace.None ? 0 : edition.NoticePages;
        bool checklist = edition.Checklist, blank = edition.BlankLinesPage;
        int Total() => form.Count + notice + (checklist ? 1 : 0) + (blank ? 1 : 0);
        if (Total() > MaxPages) blank = false;
        if (Total() > MaxPages) checklist = false;
        while (Total() > MaxPages && notice > 0) notice--;

        AddFooters(form, edition, rng);
        var pages = new List<Page>();
        var noticePages = notice > 0 ? ClaimFormNotice.Notice(notice, rng) : [];
        if (edition.Notice == NoticePlace.Before) pages.AddRange(noticePages);
        pages.AddRange(form.Select(lines => new Page(lines) { Spacing = edition.Spacing }));
        if (blank) pages.Add(ClaimFormNotice.BlankLines(rng));
        if (checklist) pages.Add(ClaimFormNotice.Checklist(rng, hand));
        if (edition.Notice != NoticePlace.Before) pages.AddRange(noticePages);
        return pages;
    }

    private static List<List<Line>> Paginate(List<List<List<Line>>> sections, ClaimFormEdition e, List<Line> firstHeader, List<Line> continuation)
    {
        var footerRoom = e.Footers == FooterFrequency.None ? [] : new List<Line> { Footer("cerfa 0/0"), Footer("0/0") };
        bool Fits(List<Line> lines) => !LayoutEngine.Layout(new Page([.. lines, .. footerRoom]) { Spacing = e.Spacing }, false).Overflowed;
        double Filled(List<Line> lines) =>
            LayoutEngine.Layout(new Page(lines) { Spacing = e.Spacing }, false).Texts.Select(t => t.Baseline).DefaultIfEmpty(0).Max() / LayoutEngine.A4Height;

        var pages = new List<List<Line>>();
        var current = new List<Line>(firstHeader);
        int headerCount = current.Count;
        for (int s = 0; s < sections.Count; s++)
        {
            // A forced break only where the page is already half full (no near-empty pages).
            if (e.BreakBefore.Contains(s) && current.Count > headerCount && Filled(current) >= MinFillBeforeBreak)
            {
                pages.Add(current);
                current = [.. continuation];
                headerCount = current.Count;
            }
            foreach (var block in sections[s])
            {
                var trial = current.Concat(block).ToList();
                if (!Fits(trial) && current.Count > headerCount)
                {
                    pages.Add(current);
                    current = [.. continuation, .. block];
                    headerCount = continuation.Count;
                }
                else current = trial;
            }
            current.Add(new Line([], LineKind.Gap));
        }
        pages.Add(current);
        return pages;
    }

    private static Line Footer(string text, double? column = null) => new([new Span(text, SpanStyle.Normal, column)], LineKind.Footer);

    private static void AddFooters(List<List<Line>> pages, ClaimFormEdition e, Random rng)
    {
        if (e.Footers == FooterFrequency.None) return;
        int n = pages.Count;
        int pattern = rng.Next(3); // some pages: the first only, the last only, or every other page
        for (int k = 1; k <= n; k++)
        {
            bool on = e.Footers == FooterFrequency.EveryPage || pattern switch
            {
                0 => k == 1,
                1 => k == n,
                _ => k % 2 == 1,
            };
            if (!on) continue;
            string number = e.Numbering switch
            {
                PageNumbering.PageKOfN => $"page {k}/{n}",
                PageNumbering.KOfN => $"{k}/{n}",
                PageNumbering.PageK => $"Page {k}",
                _ => "",
            };
            bool cerfa = e.CerfaNumber == CerfaNumberPlace.Footer;
            var spans = new List<Span>();
            if (cerfa) spans.Add(new Span(Cerfa));
            if (number.Length > 0) spans.Add(new Span(number, SpanStyle.Normal, cerfa || rng.Next(2) == 0 ? 0.88 : 0.47));
            if (spans.Count == 0) continue;
            if (cerfa && number.Length > 0 && rng.Next(3) == 0) spans = [new Span($"{Cerfa} — {number}")];
            pages[k - 1].Add(new Line(spans, LineKind.Footer));
        }
    }

    private static List<Line> FirstHeader(ClaimFormEdition e, Random rng)
    {
        var pb = new PageBuilder();
        // A cerfa logo always carries its number; a plain header only when the edition prints it at the top.
        bool number = e.CerfaNumber != CerfaNumberPlace.Footer;
        string title = rng.Next(3) switch
        {
            0 => "Demande d'indemnisation",
            1 => "DEMANDE D'INDEMNISATION",
            _ => "Demande d'indemnisation auprès de la CCI",
        };
        switch (e.Header)
        {
            case FirstPageHeader.CerfaLine:
                pb.Spans(new Span("cerfa", SpanStyle.Bold), new Span("N° 12245*03", SpanStyle.Normal, 0.75));
                pb.Title(title);
                break;
            case FirstPageHeader.Republique:
                pb.Spans(new Span("RÉPUBLIQUE FRANÇAISE", SpanStyle.Bold), new Span(number ? Cerfa : "", SpanStyle.Bold, 0.7));
                pb.Small("Liberté – Égalité – Fraternité");
                pb.Title(title.ToUpperInvariant(), centered: false);
                break;
            case FirstPageHeader.Ministry:
                pb.Add(new Line([new Span(rng.Next(2) == 0 ? "MINISTÈRE CHARGÉ DE LA SANTÉ" : "Ministère des solidarités et de la santé"),
                    new Span(number ? "N° 12245*03" : "", SpanStyle.Normal, 0.78)], LineKind.Small));
                pb.Title(title);
                break;
            default:
                pb.Spans(new Span("cerfa", SpanStyle.Bold) { Frame = new FrameSpec(0.12) }, new Span("N° 12245*03", SpanStyle.Normal, 0.2));
                pb.Title(title, centered: rng.Next(2) == 0);
                break;
        }
        if (rng.Next(2) == 0)
        {
            pb.Centered("Commission de conciliation et d'indemnisation des accidents médicaux,", LineKind.Small);
            pb.Centered("des affections iatrogènes et des infections nosocomiales (CCI)", LineKind.Small);
        }
        else pb.Small("Articles L. 1142-7 et R. 1142-13 du code de la santé publique");
        if (e.ReservedBox)
            pb.Add(new Line([new Span("Cadre réservé à la commission — N° de dossier : Date de réception :", SpanStyle.Normal, 0.55) { Frame = new FrameSpec(0.45, 44) }], LineKind.Small));
        if (rng.Next(3) == 0) pb.Small(rng.Next(2) == 0 ? "Écrire en lettres capitales et cocher les cases correspondant à votre situation." : "Merci de remplir ce formulaire lisiblement, à l'encre noire.");
        pb.Gap();
        return pb.Build().Lines.ToList();
    }

    private static List<Line> ContinuationHeader(ClaimFormEdition e, Random rng)
    {
        bool number = e.CerfaNumber == CerfaNumberPlace.Header;
        var pb = new PageBuilder();
        switch (e.Continuation)
        {
            case Content.ContinuationHeader.None:
                return [];
            case Content.ContinuationHeader.RunningTitle:
                pb.Small(rng.Next(2) == 0 ? "Demande d'indemnisation — CCI (suite)" : "Demande d'indemnisation (suite)");
                break;
            case Content.ContinuationHeader.RepublicLine:
                pb.Add(new Line([new Span("RÉPUBLIQUE FRANÇAISE"), new Span(number ? Cerfa : "", SpanStyle.Normal, 0.7)], LineKind.Small));
                number = false;
                break;
            default:
                pb.Add(new Line([new Span("Cadre réservé à l'administration", SpanStyle.Normal, 0.6) { Frame = new FrameSpec(0.4, 26) }], LineKind.Small));
                break;
        }
        if (number) pb.Small(Cerfa);
        pb.Gap();
        return pb.Build().Lines.ToList();
    }
}

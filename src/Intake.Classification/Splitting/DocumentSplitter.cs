using Intake.Classification.Model;
using Intake.Domain.Documents;

namespace Intake.Classification.Splitting;

/// <summary>
/// Groups the consecutive pages of a file into logical documents: a new document starts when the type
/// changes, or on a first-page cue within the same type (numbering restarting at 1, a title at the top,
/// the first-page model). Blank pages join the document before them (a leading blank joins the next).
/// Isolated low-confidence pages are smoothed into the document around them when their second-best type matches.
/// </summary>
public sealed class DocumentSplitter(SplitterOptions? options = null)
{
    private readonly SplitterOptions _options = options ?? new SplitterOptions();

    /// <summary>Documents in page order; empty when every page is blank.</summary>
    public IReadOnlyList<LogicalDocument> Split(IReadOnlyList<PagePrediction> pages)
    {
        var content = pages.Where(p => !p.IsBlank).ToArray();
        if (content.Length == 0) return [];
        var effective = content.Select(p => new Effective(p, p.Type, p.Confidence, Smoothed: false)).ToArray();
        if (_options.SmoothIsolatedPages) Smooth(effective);

        var starts = new List<int> { 0 };
        for (int i = 1; i < effective.Length; i++)
            if (StartsDocument(effective[i - 1], effective[i])) starts.Add(i);

        var documents = new List<LogicalDocument>();
        for (int s = 0; s < starts.Count; s++)
        {
            int from = starts[s], to = s + 1 < starts.Count ? starts[s + 1] - 1 : effective.Length - 1;
            var members = effective[from..(to + 1)];
            int firstPage = s == 0 ? pages[0].PageNumber : members[0].Page.PageNumber;
            int lastPage = s + 1 < starts.Count ? effective[starts[s + 1]].Page.PageNumber - 1 : pages[^1].PageNumber;
            documents.Add(Build(members, firstPage, lastPage, pages));
        }
        return documents;
    }

    private void Smooth(Effective[] pages)
    {
        for (int i = 1; i < pages.Length - 1; i++)
        {
            var page = pages[i].Page;
            string around = pages[i - 1].Type;
            if (!page.IsLowConfidence || page.Type == around || pages[i + 1].Type != around) continue;
            if (page.SecondBestType != around) continue;
            pages[i] = new Effective(page, around, page.Scores.GetValueOrDefault(around), Smoothed: true);
        }
    }

    private bool StartsDocument(Effective previous, Effective current)
    {
        if (current.Type != previous.Type) return true;
        if (current.Smoothed) return false;
        var cues = current.Page.Cues;
        if (cues.NumberedFirst) return true;
        if (cues.NumberedContinuation) return false;
        var before = previous.Page.Cues;
        if (before.PageNumber is int k && before.PageCount is int n && k == n) return true;

        double? firstPage = _options.UseFirstPageModel ? current.Page.FirstPageProbability : null;
        if (cues.FirstPageTitle != null) return firstPage is not double p || p >= _options.TitleVetoThreshold;
        if (firstPage is double probability) return probability >= _options.FirstPageThreshold;
        // Without a model: a new letter opens with its date line.
        return current.Type == DocumentType.Courrier && cues.HasDateLineAtTop;
    }

    private static LogicalDocument Build(Effective[] members, int firstPage, int lastPage, IReadOnlyList<PagePrediction> all)
    {
        var flags = members.SelectMany(m => m.Page.Flags)
            .Concat(members.Any(m => m.Smoothed) ? [PageFlags.SmoothedPage] : [])
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var blanks = all.Where(p => p.IsBlank && p.PageNumber >= firstPage && p.PageNumber <= lastPage)
            .Select(p => p.PageNumber).ToArray();
        return new LogicalDocument(members[0].Type, firstPage, lastPage, members.Average(m => m.Confidence), flags, blanks);
    }

    private sealed record Effective(PagePrediction Page, string Type, double Confidence, bool Smoothed);
}

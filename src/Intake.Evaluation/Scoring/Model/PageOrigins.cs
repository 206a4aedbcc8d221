using Intake.Evaluation.Results;

namespace Intake.Evaluation.Scoring.Model;

/// <summary>
/// The origin of the pages of a corpus' files, keyed by relative path. A PDF has one origin per page; an image
/// file (TIFF, JPEG, PNG…) is scanned whatever its page count. A file that was not (or could not be) read has none.
/// </summary>
public sealed class PageOrigins
{
    private readonly Dictionary<string, IReadOnlyList<PageOrigin>> perPage = new(StringComparer.Ordinal);
    private readonly HashSet<string> images = new(StringComparer.Ordinal);

    /// <summary>The pages of a PDF, in order (page 1 first).</summary>
    public PageOrigins SetPages(string path, IEnumerable<PageOrigin> pages)
    {
        var key = PathKey.Normalize(path);
        images.Remove(key);
        perPage[key] = pages.ToList();
        return this;
    }

    /// <summary>An image file: every page is a picture of the sheet.</summary>
    public PageOrigins SetImage(string path)
    {
        var key = PathKey.Normalize(path);
        perPage.Remove(key);
        images.Add(key);
        return this;
    }

    /// <summary>The origin of a 1-based page, or null when the file or the page is not known.</summary>
    public PageOrigin? Of(string path, int page)
    {
        var key = PathKey.Normalize(path);
        if (images.Contains(key)) return page >= 1 ? PageOrigin.Scanned : null;
        return perPage.TryGetValue(key, out var pages) && page >= 1 && page <= pages.Count ? pages[page - 1] : null;
    }
}

namespace Intake.Classification.Features;

/// <summary>
/// Evidence about whether a page continues the page before it or opens a new document, read from the two pages
/// alone, whatever their layout: numbering that goes on or restarts, a running header or footer repeated, how much
/// vocabulary the two pages share, a sentence that runs over the page break, a closing formula or signature at the
/// end of the previous page, blank backs in between. Each cue becomes one token for the boundary model.
/// </summary>
public static class PairCueReader
{
    /// <summary>How many lines at the top and bottom of a page count as its header and footer.</summary>
    private const int EdgeLines = 3;

    /// <summary>Cosine similarity buckets of the two pages' content words (upper bounds).</summary>
    private static readonly double[] SimilarityBounds = [0.08, 0.18, 0.32, 0.5];

    /// <summary>Closing formulas that end a letter, a certificate or a report (normalised).</summary>
    private static readonly string[] Closings =
    [
        "veuillez agreer", "je vous prie d' agreer", "je vous prie de croire", "salutations", "cordialement",
        "bien confraternellement", "fait pour servir et valoir ce que de droit", "pour valoir ce que de droit",
        "signature", "le medecin", "l' expert", "le praticien", "le greffier", "l' officier de l' etat civil",
    ];

    /// <summary>Tokens for the pair (previous content page, current page).</summary>
    /// <param name="previous">The previous non-blank page of the file, or null for the first one.</param>
    /// <param name="current">The current page.</param>
    /// <param name="blanksBetween">Blank pages between the two.</param>
    public static string Tokens(PageSummary? previous, PageSummary current, int blanksBetween)
    {
        if (previous is null) return "pairnone";
        var tokens = new List<string>();
        var (p, c) = (previous.Cues, current.Cues);

        if (c.PageNumber is int k)
        {
            if (p.PageNumber is int pk && k == pk + 1 && (c.PageCount is null || p.PageCount is null || c.PageCount == p.PageCount))
                tokens.Add("pairnumnext");
            else if (k == 1) tokens.Add("pairnumrestart");
            else tokens.Add("pairnumjump");
        }
        if (p.PageNumber is int lk && p.PageCount is int ln && lk == ln) tokens.Add("pairprevlast");

        if (SharesEdge(previous.Lines.Take(EdgeLines), current.Lines.Take(EdgeLines))) tokens.Add("pairsamehead");
        if (SharesEdge(previous.Lines.TakeLast(EdgeLines), current.Lines.TakeLast(EdgeLines))) tokens.Add("pairsamefoot");

        double similarity = Cosine(previous.ContentWords, current.ContentWords);
        int bucket = Array.FindIndex(SimilarityBounds, b => similarity < b);
        tokens.Add("pairsim" + (bucket < 0 ? SimilarityBounds.Length : bucket));

        if (StartsMidSentence(current, previous)) tokens.Add("paircontinued");
        if (previous.Lines.TakeLast(6).Any(l => Closings.Any(f => l.Contains(f, StringComparison.Ordinal)))) tokens.Add("pairprevclosing");
        if (p.HasFormNumber && c.HasFormNumber) tokens.Add("pairbothform");
        if (blanksBetween > 0) tokens.Add("pairblank");
        tokens.Add("pairprev" + PageFeatureExtractor.LengthBucket(p.WordCount));
        return string.Join(' ', tokens);
    }

    /// <summary>A line of one page's edge repeated at the other page's edge (digits already collapsed by the normaliser).</summary>
    private static bool SharesEdge(IEnumerable<string> a, IEnumerable<string> b)
    {
        var set = a.Where(l => l.Length >= 8).ToHashSet(StringComparer.Ordinal);
        return b.Any(l => l.Length >= 8 && set.Contains(l));
    }

    /// <summary>
    /// The current page's first own line (after a repeated header) starts in lower case: the text runs over the
    /// page break.
    /// </summary>
    private static bool StartsMidSentence(PageSummary current, PageSummary previous)
    {
        var header = previous.Lines.Take(EdgeLines).ToHashSet(StringComparer.Ordinal);
        // a date line ("le 3 mars 2021") starts in lower case too, but it opens letters
        var first = current.RawLines.FirstOrDefault(l => !header.Contains(TextNormalizer.Normalize(l)) && l.Any(char.IsLetter));
        return first is not null && char.IsLower(first.First(char.IsLetter)) && !PageCueReader.IsDateLine(first);
    }

    public static double Cosine(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        double dot = 0;
        foreach (var (word, n) in a)
            if (b.TryGetValue(word, out var m)) dot += n * m;
        return dot / (Norm(a) * Norm(b));
    }

    private static double Norm(IReadOnlyDictionary<string, int> v) => Math.Sqrt(v.Values.Sum(n => (double)n * n));
}

/// <summary>What the pair cues need of one page: its cues, raw and normalised lines, and content-word counts.</summary>
public sealed class PageSummary
{
    private PageSummary(PageCues cues, IReadOnlyList<string> rawLines, IReadOnlyList<string> lines, IReadOnlyDictionary<string, int> words)
    {
        Cues = cues;
        RawLines = rawLines;
        Lines = lines;
        ContentWords = words;
    }

    public PageCues Cues { get; }
    /// <summary>Non-empty lines as read, trimmed.</summary>
    public IReadOnlyList<string> RawLines { get; }
    /// <summary>The same lines normalised (<see cref="TextNormalizer"/>).</summary>
    public IReadOnlyList<string> Lines { get; }
    /// <summary>Words of five letters or more, with their counts (names, places and topic words carry over pages).</summary>
    public IReadOnlyDictionary<string, int> ContentWords { get; }

    public static PageSummary Of(string text, PageCues cues)
    {
        var raw = (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var lines = raw.Select(TextNormalizer.Normalize).ToArray();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
            foreach (var w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (w.Length >= 5 && w.All(char.IsLetter)) words[w] = words.GetValueOrDefault(w) + 1;
        return new PageSummary(cues, raw, lines, words);
    }
}

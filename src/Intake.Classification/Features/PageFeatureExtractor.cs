using Intake.Domain.Documents;

namespace Intake.Classification.Features;

/// <summary>Turns a page (its text, OCR confidence and place in the file) into <see cref="PageFeatures"/>.</summary>
public static class PageFeatureExtractor
{
    public static PageFeatures Extract(PageText page, int indexInFile, int pageCountInFile) =>
        Extract(page.Text, page.Source == TextSource.Ocr ? page.MeanConfidence : null, indexInFile, pageCountInFile);

    /// <param name="text">Raw page text, lines separated by '\n'.</param>
    /// <param name="meanConfidence">Mean OCR confidence (0–1 or 0–100); null for a text layer.</param>
    /// <param name="indexInFile">0-based index of the page in its file.</param>
    /// <param name="pageCountInFile">Number of pages in the file.</param>
    public static PageFeatures Extract(string text, double? meanConfidence, int indexInFile, int pageCountInFile)
    {
        var cues = PageCueReader.Read(text, meanConfidence);
        return new PageFeatures(TextNormalizer.Normalize(text), CueTokens(cues, indexInFile, pageCountInFile), cues);
    }

    /// <summary>Cue tokens: one word per cue, so that the featuriser treats each as a binary feature.</summary>
    public static string CueTokens(PageCues cues, int indexInFile, int pageCountInFile)
    {
        var tokens = new List<string>();
        if (cues.PageNumber is int k)
        {
            tokens.Add(k == 1 ? "numfirst" : "numnext");
            if (cues.PageCount is int n) tokens.Add(k == n ? "numlast" : "numnotlast");
        }
        if (cues.HasFormNumber) tokens.Add("formnumber");
        if (cues.MrzLineCount > 0) tokens.Add(cues.MrzLineCount >= 2 ? "mrzmany" : "mrzone");
        if (cues.FirstPageTitle is string title) tokens.Add("title" + Compact(title));
        if (cues.TopLines.Count > 0)
        {
            foreach (var word in cues.TopLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6))
                if (word.Length > 2) tokens.Add("head" + Compact(word));
        }
        if (cues.HasDateLineAtTop) tokens.Add("datetop");
        if (cues.DateLineCount > 0) tokens.Add(cues.DateLineCount >= 3 ? "datesmany" : "datesfew");
        tokens.Add(LengthBucket(cues.WordCount));
        tokens.Add(ConfidenceBucket(cues.MeanConfidence));
        tokens.Add(Position(indexInFile, pageCountInFile));
        return string.Join(' ', tokens);
    }

    public static string LengthBucket(int words) => words switch
    {
        < 20 => "lenxs",
        < 60 => "lens",
        < 150 => "lenm",
        < 300 => "lenl",
        _ => "lenxl",
    };

    public static string ConfidenceBucket(double? confidence) => confidence switch
    {
        null => "conftextlayer",
        < 0.5 => "confpoor",
        < 0.75 => "conflow",
        < 0.9 => "confgood",
        _ => "confhigh",
    };

    public static string Position(int indexInFile, int pageCountInFile) =>
        pageCountInFile <= 1 ? "possingle"
        : indexInFile <= 0 ? "posfirst"
        : indexInFile >= pageCountInFile - 1 ? "poslast"
        : "posmiddle";

    private static string Compact(string s) => new(s.Where(char.IsAsciiLetterOrDigit).ToArray());
}

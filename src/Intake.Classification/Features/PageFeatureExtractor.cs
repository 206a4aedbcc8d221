using Intake.Domain.Documents;

namespace Intake.Classification.Features;

/// <summary>Turns a page (its text and OCR confidence) into <see cref="PageFeatures"/>.</summary>
/// <remarks>
/// The page's place in its file is deliberately not a feature: which documents a sender puts first in an envelope
/// says nothing about the page itself, and the splitter decides the sequence over the whole file.
/// </remarks>
public static class PageFeatureExtractor
{
    public static PageFeatures Extract(PageText page) =>
        Extract(page.Text, page.Source == TextSource.Ocr ? page.MeanConfidence : null);

    /// <param name="text">Raw page text, lines separated by '\n'.</param>
    /// <param name="meanConfidence">Mean OCR confidence (0–1 or 0–100); null for a text layer.</param>
    public static PageFeatures Extract(string text, double? meanConfidence)
    {
        var cues = PageCueReader.Read(text, meanConfidence);
        return new PageFeatures(TextNormalizer.Normalize(text), CueTokens(cues), cues, PageSummary.Of(text, cues));
    }

    /// <summary>Cue tokens: one word per cue, so that the featuriser treats each as a binary feature.</summary>
    public static string CueTokens(PageCues cues)
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

    private static string Compact(string s) => new(s.Where(char.IsAsciiLetterOrDigit).ToArray());
}

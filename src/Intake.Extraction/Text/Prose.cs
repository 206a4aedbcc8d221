using System.Text.RegularExpressions;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Common;

namespace Intake.Extraction.Text;

/// <summary>Helpers to read values out of free French prose, mapped back to pages and boxes.</summary>
public static class Prose
{
    private static readonly HashSet<string> Particles = ["de", "du", "des", "la", "le", "d'", "van", "von", "da", "di", "del", "ben", "el"];

    /// <summary>An extracted field located at a span of the document.</summary>
    public static ExtractedField At(DocumentText doc, string key, object value, int start, int length, double method = 0.8, bool? valid = null)
    {
        var loc = doc.Locate(start, length);
        return new ExtractedField(key, value, Confidence.Of(loc.Confidence, valid, method), loc.Page, loc.Box);
    }

    /// <summary>The first date starting within <paramref name="maxGap"/> characters after <paramref name="index"/>.</summary>
    public static DateMatch? DateAfter(DocumentText doc, int index, int maxGap = 40)
    {
        foreach (var d in doc.Dates)
            if (d.Index >= index && d.Index - index <= maxGap) return d;
        return null;
    }

    /// <summary>For each match of the pattern (on the folded text), the date that follows it closely.</summary>
    public static IEnumerable<(Match Match, DateMatch Date)> DatesAfter(DocumentText doc, Regex pattern, int maxGap = 40)
    {
        foreach (Match m in pattern.Matches(doc.Folded))
            if (DateAfter(doc, m.Index + m.Length, maxGap) is { } d) yield return (m, d);
    }

    /// <summary>A field holding the date, located at the date.</summary>
    public static ExtractedField DateField(DocumentText doc, string key, DateMatch d, double method = 0.8) =>
        At(doc, key, d.Value, d.Index, d.Length, method, d.RepairedChars == 0);

    /// <summary>
    /// Reads a person name starting at <paramref name="index"/>: skips titles, takes capitalised words (and
    /// particles) until punctuation, a line break or a lower-case word. Returns start, length and text.
    /// </summary>
    public static (int Start, int Length, string Text)? NameAt(DocumentText doc, int index, int maxWords = 5)
    {
        var raw = doc.Raw;
        int i = index;
        var words = new List<(int S, int E)>();
        bool titlesDone = false;
        while (i < raw.Length && words.Count < maxWords)
        {
            while (i < raw.Length && raw[i] == ' ') i++;
            if (i < raw.Length && raw[i] == '\n' && ContinuesOnNextLine(raw, i, words)) i++;
            if (i >= raw.Length || raw[i] == '\n') break;
            int s = i;
            while (i < raw.Length && !char.IsWhiteSpace(raw[i]) && raw[i] is not ',' and not ';' and not '(' and not ')') i++;
            var w = raw[s..i];
            var trimmed = w.TrimEnd('.', ':');
            if (!titlesDone && PersonNameParser.IsTitle(trimmed)) { continue; }
            titlesDone = true;
            if (trimmed.Length == 0) break;
            bool capital = char.IsUpper(trimmed[0]);
            bool particle = Particles.Contains(TextFolding.Fold(trimmed)) && words.Count > 0;
            if (!capital && !particle) break;
            if (trimmed.Any(char.IsDigit)) break;
            words.Add((s, s + trimmed.Length));
            if (w.EndsWith('.') && trimmed.Length > 2) break;
            if (i < raw.Length && raw[i] is ',' or ';' or '(' or ')') break;
        }
        while (words.Count > 0 && Particles.Contains(TextFolding.Fold(raw[words[^1].S..words[^1].E]))) words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return null;
        int start = words[0].S, end = words[^1].E;
        return (start, end - start, TextFolding.CollapseSpaces(raw[start..end]));
    }

    /// <summary>Capitalised words that open a sentence or a label rather than a name ("Concernant Marie DUPONT").</summary>
    private static readonly HashSet<string> NotNames =
    [
        "concernant", "pour", "par", "de", "le", "la", "les", "au", "aux", "chez", "entre", "et", "dont", "objet",
        "patient", "patiente", "assure", "assuree", "enfant", "fils", "fille", "epoux", "epouse", "defunt", "defunte",
        "victime", "requerant", "requerante", "nom", "prenoms", "prenom", "identite", "que", "qui", "ou", "est", "il", "elle",
    ];

    /// <summary>
    /// Reads a person name that ends just before <paramref name="index"/> (typically before ", né(e) le" or
    /// ", décédée le"): capitalised words on the same line, or on the previous line when the cue opens its line
    /// ("DUPONT Marie⏎née le …"). At least two words, one of them in capitals (the family name).
    /// </summary>
    public static (int Start, int Length, string Text)? NameBefore(DocumentText doc, int index, int maxWords = 6)
    {
        var raw = doc.Raw;
        int end = index;
        while (end > 0 && raw[end - 1] is ' ' or ',' or '\u2014' or '-' or ':') end--;
        if (end > 0 && raw[end - 1] == '\n') end--;
        while (end > 0 && raw[end - 1] is ' ' or ',' or ':') end--;
        var words = new List<(int S, int E)>();
        int i = end;
        while (i > 0 && words.Count < maxWords)
        {
            int e = i;
            while (i > 0 && !char.IsWhiteSpace(raw[i - 1]) && raw[i - 1] is not ',' and not ';' and not ':' and not '(' and not ')') i--;
            var w = raw[i..e];
            if (w.Length == 0 || w.Any(char.IsDigit)) break;
            bool particle = Particles.Contains(TextFolding.Fold(w));
            if (!char.IsUpper(w[0]) && !particle) break;
            if (NotNames.Contains(TextFolding.Fold(w)) && !PersonNameParser.IsUpperWord(w)) break;
            if (PersonNameParser.IsTitle(w.TrimEnd('.'))) break;
            words.Insert(0, (i, e));
            if (i == 0 || raw[i - 1] != ' ') break;
            i--;
        }
        while (words.Count > 0 && Particles.Contains(TextFolding.Fold(raw[words[0].S..words[0].E]))) words.RemoveAt(0);
        if (words.Count < 2 || !words.Any(w => PersonNameParser.IsUpperWord(raw[w.S..w.E]))) return null;
        int start = words[0].S, stop = words[^1].E;
        return (start, stop - start, TextFolding.CollapseSpaces(raw[start..stop]));
    }

    /// <summary>
    /// True when a name wrapped at the end of a line: only first names so far ("Madame Marie Sandrine⏎LEMOINE",
    /// "Monsieur Jean Paul⏎Pierre DURAND"), and the next line starts with capitalised words ending in a family
    /// name in capitals.
    /// </summary>
    private static bool ContinuesOnNextLine(string raw, int newline, List<(int S, int E)> words)
    {
        if (words.Count == 0 || words.Any(w => PersonNameParser.IsUpperWord(raw[w.S..w.E]))) return false;
        int s = newline + 1;
        for (int n = 0; n < 4; n++)
        {
            while (s < raw.Length && raw[s] == ' ') s++;
            int e = s;
            while (e < raw.Length && !char.IsWhiteSpace(raw[e]) && raw[e] is not ',' and not ';' and not '(' and not ')') e++;
            var next = raw[s..e].TrimEnd('.', ':');
            if (next.Length < 2 || next.Any(char.IsDigit) || !char.IsUpper(next[0])) return false;
            if (PersonNameParser.IsUpperWord(next)) return true;
            if (e >= raw.Length || raw[e] != ' ') return false;
            s = e;
        }
        return false;
    }

    /// <summary>The rest of the line after an index, cut at the first match of <paramref name="stop"/> (on folded text).</summary>
    public static (int Start, int Length)? LineValue(DocumentText doc, int index, Regex? stop = null)
    {
        int end = doc.LineEnd(index);
        int s = index;
        while (s < end && doc.Raw[s] is ' ' or ':' or '.' or '_' or '-') s++;
        if (stop is not null)
        {
            var m = stop.Match(doc.Folded, s, end - s);
            if (m.Success) end = m.Index;
        }
        while (end > s && doc.Raw[end - 1] is ' ' or ',' or ';' or '.' or '_') end--;
        return end > s ? (s, end - s) : null;
    }
}

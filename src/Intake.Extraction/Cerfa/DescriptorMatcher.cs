using System.Text;
using Intake.Domain.Parsing;
using Intake.Extraction.Layout;

namespace Intake.Extraction.Cerfa;

/// <summary>Reads a form-field name or caption ("txtVictimeNomUsage", "Date de naissance") as label ids and tokens.</summary>
public static class DescriptorMatcher
{
    /// <summary>Token keys of a descriptor: split at separators and camelCase humps, folded.</summary>
    public static List<string> Tokens(string descriptor)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < descriptor.Length; i++)
        {
            char c = descriptor[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(descriptor[i - 1])) sb.Append(' ');
            if (i > 0 && char.IsDigit(c) != char.IsDigit(descriptor[i - 1]) && char.IsLetterOrDigit(c)) sb.Append(' ');
            sb.Append(c is '_' or '.' or '-' or '/' or '[' or ']' or '(' or ')' or ':' ? ' ' : c);
        }
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(MatchKeys.Of).Where(k => k.Length > 0).ToList();
    }

    private static readonly HashSet<string> FunctionWords = ["de", "des", "du", "la", "le", "les", "l", "d", "a", "au", "aux", "en", "et", "s", "e"];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LabelDef, List<string[]>> Words = new();

    /// <summary>The content words of each wording of a label ("Date des faits" → date, faits).</summary>
    private static List<string[]> ContentWords(LabelDef def) => Words.GetValue(def, d => d.Variants
        .Select(v => TextFolding.Fold(v).Split([' ', '\'', '(', ')', '-', '/', '°', '?', ':', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(MatchKeys.Of).Where(w => w.Length > 0 && !FunctionWords.Contains(w)).ToArray())
        .Where(w => w.Length >= 2).ToList());

    /// <summary>
    /// A label's content words written as a field name abbreviates them ("DateConsol" for "Date de consolidation",
    /// "EtabVille"…): each token the start (three letters at least) of the word in the same place, function words
    /// left out. Returns the index of the last token, or -1; the score counts the letters matched.
    /// </summary>
    private static int Abbreviated(IReadOnlyList<string> tokens, int start, string[] words, out int score)
    {
        score = 0;
        if (start + words.Length > tokens.Count) return -1;
        for (int k = 0; k < words.Length; k++)
        {
            var t = tokens[start + k];
            if (!(t == words[k] || (t.Length >= 3 && words[k].StartsWith(t, StringComparison.Ordinal)))) return -1;
            score += t.Length;
        }
        return start + words.Length - 1;
    }

    /// <summary>Label ids found in the tokens (longest match first at each position), with the token index after each.</summary>
    public static List<(string LabelId, int After)> Labels(IReadOnlyList<string> tokens, IReadOnlyList<LabelDef> labels)
    {
        var found = new List<(string, int)>();
        int i = 0;
        while (i < tokens.Count)
        {
            string? bestId = null;
            int bestEnd = -1, bestScore = int.MinValue;
            foreach (var def in labels)
            {
                foreach (var key in def.Keys)
                {
                    if (key.Length <= bestScore) break;
                    int end = PhraseMatcher.MatchAt(tokens, i, key, out var d);
                    if (end < 0) continue;
                    int score = key.Length - 3 * d;
                    if (score > bestScore) { bestId = def.Id; bestEnd = end; bestScore = score; }
                }
                foreach (var words in ContentWords(def))
                {
                    int end = Abbreviated(tokens, i, words, out int score);
                    if (end >= 0 && score > bestScore) { bestId = def.Id; bestEnd = end; bestScore = score; }
                }
            }
            if (bestId is null) { i++; continue; }
            found.Add((bestId, bestEnd + 1));
            i = bestEnd + 1;
        }
        return found;
    }
}

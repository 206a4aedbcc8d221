using Intake.Domain.Parsing;

namespace Intake.Extraction.Layout;

/// <summary>Matches a phrase key against consecutive words (their keys concatenated), OCR-tolerantly.</summary>
public static class PhraseMatcher
{
    /// <summary>Index of the last word of the best match of <paramref name="key"/> starting at word <paramref name="start"/>,
    /// or -1; <paramref name="distance"/> is the edit distance.</summary>
    public static int MatchAt(IReadOnlyList<string> keys, int start, string key, out int distance, int maxWords = 16)
    {
        distance = int.MaxValue;
        if (start >= keys.Count || keys[start].Length == 0) return -1;
        int tol = EditDistance.Tolerance(key.Length);
        if (key[0] != keys[start][0] && key.Length < 6) return -1;
        var concat = "";
        int best = -1;
        for (int j = start; j < keys.Count && j < start + maxWords; j++)
        {
            concat += keys[j];
            if (concat.Length > key.Length + tol) break;
            if (concat.Length < key.Length - tol) continue;
            int d = EditDistance.Levenshtein(concat, key);
            if (d <= tol && d < distance) { distance = d; best = j; }
        }
        return best;
    }
}

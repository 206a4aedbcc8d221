namespace Intake.Domain.Parsing;

/// <summary>Levenshtein distance, for OCR-tolerant matching of labels and words.</summary>
public static class EditDistance
{
    public static int Levenshtein(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    /// <summary>The number of edits tolerated for a word of this length (0 up to 3 chars, then ~1 per 6 chars).</summary>
    public static int Tolerance(int length) => length <= 3 ? 0 : length <= 7 ? 1 : length <= 13 ? 2 : 3;

    /// <summary>True when the two keys are equal up to the tolerance of the expected one.</summary>
    public static bool FuzzyEquals(string actual, string expected) =>
        Math.Abs(actual.Length - expected.Length) <= Tolerance(expected.Length)
        && Levenshtein(actual, expected) <= Tolerance(expected.Length);
}

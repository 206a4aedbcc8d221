using Intake.Domain.Parsing;

namespace Intake.Domain.Identity;

/// <summary>
/// A NIR read from a comb of boxes comes out with the boxes' edges as extra characters ("1 2 1 6 9 0 6…" for
/// "2 69 06…", "2660647218[747915"): the 15 characters are there, among a few too many. This finds the one way of
/// dropping the extra characters that gives a NIR whose key checks and whose year and month of birth are the
/// victim's (read elsewhere on the form) — two checks that a wrong choice passes about once in 100,000 tries — or,
/// when the birth date was not read, whose month and département are possible and which is the only one. Any doubt
/// (no candidate, or two) leaves the reading as it was.
/// </summary>
public static class NirRepair
{
    /// <summary>At most this many characters are dropped (each box edge read as a character adds one).</summary>
    public const int MaxDropped = 4;

    /// <param name="raw">The NIR as read, key failing.</param>
    /// <param name="birth">The victim's birth date when it was read: the NIR's year and month must be its own.</param>
    /// <param name="sex">The victim's sex when it was read ("F"/"M").</param>
    public static string? Repair(string raw, DateOnly? birth, string? sex = null)
    {
        // letters that stand for digits become digits; anything else (brackets, colons, slashes) is dropped at once
        var chars = raw.Select(OcrDigits.ToDigit).Where(c => c is not null).Select(c => c!.Value).ToArray();
        int drop = chars.Length - 15;
        if (drop < 0 || drop > MaxDropped) return null;
        string? yymm = birth is DateOnly b ? $"{b.Year % 100:00}{b.Month:00}" : null;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kept in Combinations(chars.Length, 15))
        {
            var candidate = new string(kept.Select(i => chars[i]).ToArray());
            if (candidate[0] is not ('1' or '2') || (yymm is not null ? candidate.Substring(1, 4) != yymm : !Plausible(candidate))) continue;
            if (sex is not null && (candidate[0] == '1' ? "M" : "F") != sex) continue;
            if (!Nir.IsValid(candidate)) continue;
            found.Add(candidate);
            if (found.Count > 1) return null;
        }
        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>Without a birth date to compare: a month of 01–12 and a département of 01–95 or overseas (97x).</summary>
    private static bool Plausible(string nir) =>
        int.Parse(nir.AsSpan(3, 2), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12
        && int.Parse(nir.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 95 or 97;

    /// <summary>Every increasing choice of <paramref name="k"/> indices among <paramref name="n"/>.</summary>
    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var idx = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return idx;
            int i = k - 1;
            while (i >= 0 && idx[i] == n - k + i) i--;
            if (i < 0) yield break;
            idx[i]++;
            for (int j = i + 1; j < k; j++) idx[j] = idx[j - 1] + 1;
        }
    }
}

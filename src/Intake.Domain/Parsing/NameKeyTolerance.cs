namespace Intake.Domain.Parsing;

/// <summary>
/// Tolerance for OCR slips in family names used as matching keys ("LEMOINE" read "LEMOlNE" → "LEMOLNE"):
/// two keys are close when both have at least <see cref="MinLength"/> letters and differ by at most one
/// edit (substitution, insertion or deletion). Short names are never tolerated: "MARTIN"/"MARTIAL" would be.
/// A close name alone never identifies anyone: callers must confirm it by an exact birth date or NIR.
/// </summary>
public static class NameKeyTolerance
{
    public const int MinLength = 6;

    public static bool AreClose(string a, string b)
    {
        if (a == b) return a.Length > 0;
        if (a.Length < MinLength || b.Length < MinLength) return false;
        return WithinOneEdit(a, b);
    }

    /// <summary>True when the two strings differ by at most one substitution, insertion or deletion.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        if (a.Length > b.Length) (a, b) = (b, a);
        int i = 0, j = 0;
        bool edited = false;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (edited) return false;
            edited = true;
            if (a.Length == b.Length) i++;
            j++;
        }
        return !edited || (i == a.Length && j == b.Length);
    }
}

namespace Intake.Extraction.Checkboxes;

/// <summary>What a word next to an option says about its box: ticked, empty, or nothing.</summary>
public enum MarkState { None, Empty, Ticked }

/// <summary>Recognises tick marks and empty boxes as written in text layers or read by OCR.</summary>
public static class CheckMarks
{
    private const string TickGlyphs = "☒☑■⊠█▣◼●◉⦿✓✔✗✘×⌧";
    private const string EmptyGlyphs = "☐□▢○◯❑❒";
    private const string Brackets = "[]()|{}";

    public static MarkState Classify(string word)
    {
        var t = word.Trim();
        if (t.Length == 0) return MarkState.None;
        // a word with letters around the glyph ("Non☒") is an option with its box glued, not a mark
        if (t.Any(c => TickGlyphs.Contains(c))) return t.Where(char.IsLetterOrDigit).All(c => c is 'x' or 'X' or 'v' or 'V') ? MarkState.Ticked : MarkState.None;
        if (t.All(c => EmptyGlyphs.Contains(c))) return MarkState.Empty;
        var inner = new string(t.Where(c => !Brackets.Contains(c)).ToArray());
        if (inner.Length == 0) return t.Length >= 2 || t == "[" || t == "]" ? MarkState.Empty : MarkState.None;
        if (inner is "x" or "X" or "v" or "V" or "xX" or "XX" or "*") return MarkState.Ticked;
        if (IsEdgeTick(t)) return MarkState.Ticked; // "[X]" read as "[l]" (weak: see IsEdgeTick)
        if (t is "O" or "o" or "0" or "D" or "[]" or "[ ]") return MarkState.Empty;
        return MarkState.None;
    }

    /// <summary>
    /// A tick read only from a bracket and one stroke ("[1", "[l", "I]"): as often the two edges of an empty box as
    /// a cross. Alone it is weak evidence; the page image must confirm it.
    /// </summary>
    public static bool IsEdgeTick(string word)
    {
        var t = word.Trim();
        var inner = new string(t.Where(c => !Brackets.Contains(c)).ToArray());
        return t.Length >= 2 && inner is "l" or "I" or "1";
    }

    /// <summary>Splits a trailing mark glued to a word ("Oui☐", "Non☒", "Non[X]") into rest and mark.</summary>
    public static (string Word, MarkState Mark) SplitTrailingMark(string word)
    {
        var t = word.Trim();
        if (t.Length < 2) return (t, MarkState.None);
        int i = t.Length;
        while (i > 0 && (TickGlyphs.Contains(t[i - 1]) || EmptyGlyphs.Contains(t[i - 1]) || Brackets.Contains(t[i - 1]))) i--;
        // "[X]" / "[x]" glued after the word
        if (i == t.Length - 1 && i >= 2 && t[i] == ']' && t[i - 1] is 'X' or 'x' && t[i - 2] == '[') i -= 2;
        if (i == t.Length || i == 0 || !char.IsLetterOrDigit(t[i - 1])) return (t, MarkState.None);
        var mark = Classify(t[i..]);
        if (mark == MarkState.None && t[i..].Any(c => Brackets.Contains(c)) && t[i..].Length >= 2) mark = MarkState.Empty;
        return mark == MarkState.None ? (t, MarkState.None) : (t[..i], mark);
    }

    /// <summary>Splits a leading mark glued to a word ("☒Oui", "[X]Non", "XOui") into mark and rest.</summary>
    public static (MarkState Mark, string Remainder) SplitGluedMark(string word)
    {
        var t = word.Trim();
        if (t.Length < 2) return (MarkState.None, t);
        int i = 0;
        while (i < t.Length && (TickGlyphs.Contains(t[i]) || EmptyGlyphs.Contains(t[i]) || Brackets.Contains(t[i]))) i++;
        if (i == 0 && (t[0] is 'X' or 'x') && t.Length > 1) i = 1;
        else if (i > 0 && i < t.Length && t[i] is 'X' or 'x' && i + 1 < t.Length && Brackets.Contains(t[i + 1])) i += 2;
        if (i == 0 || i >= t.Length) return (MarkState.None, t);
        var mark = Classify(t[..i]);
        if (mark == MarkState.None && t[..i].Any(c => Brackets.Contains(c))) mark = MarkState.Empty;
        return (mark, t[i..]);
    }
}

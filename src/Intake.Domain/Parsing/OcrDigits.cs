namespace Intake.Domain.Parsing;

/// <summary>Repairs letters that OCR commonly reads in place of digits (l2/03/2O21 → 12/03/2021).</summary>
public static class OcrDigits
{
    /// <summary>The digit an OCR confusion stands for, or null when the character is not a digit look-alike.</summary>
    public static char? ToDigit(char c) => c switch
    {
        >= '0' and <= '9' => c,
        'O' or 'o' or 'Q' or 'D' => '0',
        'l' or 'I' or 'i' or '|' or '!' or 'L' => '1',
        'Z' or 'z' => '2',
        'S' or 's' => '5',
        'B' => '8',
        'G' or 'b' => '6',
        'T' => '7',
        'g' or 'q' => '9',
        _ => null,
    };

    /// <summary>Repairs a run of digit look-alikes; null when a character is not repairable.
    /// <paramref name="repaired"/> counts replaced characters.</summary>
    public static string? Repair(string s, out int repaired)
    {
        repaired = 0;
        var a = new char[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            var d = ToDigit(s[i]);
            if (d is null) return null;
            if (d != s[i]) repaired++;
            a[i] = d.Value;
        }
        return new string(a);
    }

    /// <summary>Character class of digits and their OCR look-alikes, for regular expressions.</summary>
    public const string Class = "[0-9OoQDlIi|!LZzSsBGbTgq]";
}

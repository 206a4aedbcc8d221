using System.Text;

namespace Intake.Classification.Tests.Support;

/// <summary>OCR-like damage: confused letters, lost accents, dropped characters, broken words.</summary>
public static class OcrNoise
{
    private static readonly Dictionary<char, string[]> Confusions = new()
    {
        ['e'] = ["c", "é", "o"], ['é'] = ["e", "ê", "6"], ['l'] = ["1", "I", "|"], ['i'] = ["l", "1", "í"],
        ['o'] = ["0", "a"], ['m'] = ["rn", "n"], ['n'] = ["h", "u"], ['a'] = ["à", "o"], ['s'] = ["5", "z"],
        ['0'] = ["O", "o"], ['1'] = ["l", "I"], ['5'] = ["S"], ['u'] = ["v", "ü"], ['t'] = ["f", "l"], ['c'] = ["e", "("],
    };

    public static string Apply(string text, Random random, double rate)
    {
        if (rate <= 0) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            double roll = random.NextDouble();
            if (c == '\n' || roll >= rate) { sb.Append(c); continue; }
            double kind = random.NextDouble();
            if (kind < 0.55 && Confusions.TryGetValue(char.ToLowerInvariant(c), out var options)) sb.Append(options[random.Next(options.Length)]);
            else if (kind < 0.75) { /* dropped */ }
            else if (kind < 0.9) sb.Append(c).Append(' ');
            else sb.Append(char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace Intake.Classification.Training;

/// <summary>
/// Makes a training page look like what other senders, scanners and OCR produce from it: the title or letterhead
/// lost (a continuation page, a photo cropped at the top), the footer and page numbering gone, only part of the
/// page read, heavier OCR confusions, dropped words and scanner junk. The classifier then learns the content that
/// carries across layouts rather than the furniture of one template. Deterministic for a given Random.
/// </summary>
public static partial class PageAugmenter
{
    public static string Augment(string text, Random rng)
    {
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0) return text;
        int operations = 1 + rng.Next(3);
        for (int k = 0; k < operations; k++)
        {
            switch (rng.Next(6))
            {
                case 0 when lines.Count > 4:
                    lines.RemoveRange(0, 1 + rng.Next(Math.Min(3, lines.Count / 3)));
                    break;
                case 1 when lines.Count > 4:
                    lines.RemoveRange(lines.Count - 1 - rng.Next(2), 1);
                    break;
                case 2 when lines.Count > 6:
                {
                    int keep = Math.Max(3, (int)(lines.Count * (0.4 + 0.4 * rng.NextDouble())));
                    int from = rng.Next(lines.Count - keep + 1);
                    lines = lines.GetRange(from, keep);
                    break;
                }
                case 3:
                    lines = lines.Select(l => PageNumbering().Replace(l, " ")).ToList();
                    break;
                case 4:
                    lines = lines.Select(l => DropWords(l, rng, 0.05 + 0.1 * rng.NextDouble())).ToList();
                    break;
                default:
                    lines = lines.Select(l => Confuse(l, rng, 0.03 + 0.07 * rng.NextDouble())).ToList();
                    break;
            }
        }
        return string.Join('\n', lines.Where(l => l.Trim().Length > 0));
    }

    private static string DropWords(string line, Random rng, double rate)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(_ => rng.NextDouble() >= rate);
        var junk = rng.NextDouble() < rate ? new[] { Junk[rng.Next(Junk.Length)] } : [];
        return string.Join(' ', words.Concat(junk));
    }

    private static readonly string[] Junk = ["|", "—", "ii", "=", "~", "»", "l1", "‘", ".."];

    /// <summary>Character confusions typical of OCR on poor scans.</summary>
    private static string Confuse(string line, Random rng, double rate)
    {
        var sb = new StringBuilder(line.Length);
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (rng.NextDouble() >= rate) { sb.Append(c); continue; }
            sb.Append(c switch
            {
                'l' or 'i' => "1",
                'I' => "l",
                'O' or 'o' => "0",
                'm' => "rn",
                'e' => "c",
                'é' or 'è' or 'ê' => "e",
                'à' => "a",
                ' ' => "",
                'S' => "5",
                'B' => "8",
                _ when char.IsLetter(c) => c + " ",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\b(?:page\s*)?\d{1,3}\s*(?:/|sur)\s*\d{1,3}\b|\bpage\s*\d{1,3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumbering();
}

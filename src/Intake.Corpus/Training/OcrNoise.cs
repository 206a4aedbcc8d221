using System.Text;

namespace Intake.Corpus.Training;

/// <summary>OCR-like corruption of page text: é→e, l→1, O→0, rn→m, dropped accents, merged/split words.</summary>
public static class OcrNoise
{
    public static string Apply(string text, Random rng, double rate = 0.04)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (rng.NextDouble() >= rate) { sb.Append(c); continue; }
            switch (c)
            {
                case 'l': sb.Append(rng.Next(2) == 0 ? '1' : 'I'); break;
                case 'O': sb.Append('0'); break;
                case 'o': sb.Append(rng.Next(2) == 0 ? '0' : 'o'); break;
                case 'm': sb.Append("rn"); break;
                case 'r' when i + 1 < text.Length && text[i + 1] == 'n': sb.Append('m'); i++; break;
                case ' ': if (rng.Next(2) == 0) sb.Append(' '); break; // merged words
                case '☐' or '☒': sb.Append(rng.Next(3) switch { 0 => "O", 1 => "[]", _ => "" }); break;
                default:
                    if (char.IsLetter(c) && c > 127) sb.Append(StripAccent(c));
                    else if (char.IsLetter(c) && rng.Next(4) == 0) sb.Append(c).Append(' '); // split word
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static string StripAccent(char c) => Intake.Domain.Parsing.TextFolding.StripMarks(c.ToString());
}

using System.Text;
using Intake.Domain.Parsing;

namespace Intake.Classification.Features;

/// <summary>
/// Normalises page text for the classifier: lower case, accents folded (é → e, œ → oe),
/// every digit replaced by '0' (so dates and numbers share one class), punctuation kept
/// only where it separates tokens, whitespace collapsed.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var unaccented = TextFolding.StripMarks(text.ToLowerInvariant());
        var sb = new StringBuilder(unaccented.Length);
        bool lastWasSpace = true;
        foreach (var c in unaccented)
        {
            string mapped = Map(c);
            foreach (var m in mapped)
            {
                if (m == ' ')
                {
                    if (!lastWasSpace) sb.Append(' ');
                    lastWasSpace = true;
                }
                else
                {
                    sb.Append(m);
                    lastWasSpace = false;
                }
            }
        }
        return sb.ToString().TrimEnd();
    }

    private static string Map(char c) => c switch
    {
        >= '0' and <= '9' => "0",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        '\'' or '’' or '`' => "' ",
        '/' or '<' or '°' or '%' or '€' => c.ToString(),
        _ when char.IsLetter(c) => c.ToString(),
        _ => " ",
    };
}

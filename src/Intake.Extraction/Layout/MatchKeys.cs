using Intake.Domain.Parsing;

namespace Intake.Extraction.Layout;

/// <summary>The key words are matched on: folded letters and digits, with the OCR confusion "rn" → "m" undone.</summary>
public static class MatchKeys
{
    public static string Of(string s) => TextFolding.TokenKey(s).Replace("rn", "m");
}

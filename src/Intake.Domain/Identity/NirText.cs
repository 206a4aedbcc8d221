using System.Text.RegularExpressions;

namespace Intake.Domain.Identity;

/// <summary>
/// Masks everything in a text that looks like a NIR, whether its key checks or not (a misread NIR is still
/// somebody's number): a run of 13 to 15 characters, digits or the 2A/2B of Corsica, that starts with a digit
/// 1–8 and may be split by single spaces, dots or dashes. Phone numbers (10 digits), dates and dossier numbers
/// are too short to match.
/// </summary>
public static partial class NirText
{
    public static string MaskAll(string text) => NirLike().Replace(text, m => Nir.Mask(m.Value));

    public static bool ContainsNir(string text) => NirLike().IsMatch(text);

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-8](?:[ .\-]?[0-9ABab]){12,14}(?![0-9A-Za-z])")]
    private static partial Regex NirLike();
}

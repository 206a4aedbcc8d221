namespace Intake.Domain.Parsing;

/// <summary>French yes/no words, as on ticked options or in form-field values.</summary>
public static class FrenchBoolean
{
    private static readonly string[] Yes = ["oui", "o", "yes", "y", "true", "vrai", "1", "on", "x", "coche"];
    private static readonly string[] No = ["non", "n", "no", "false", "faux", "0", "off"];

    public static bool TryParse(string? text, out bool value)
    {
        value = false;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var k = TextFolding.TokenKey(text);
        if (k is "0ui" or "oul" or "ou1") k = "oui";
        if (k is "n0n" or "nom") k = "non";
        if (Yes.Contains(k)) { value = true; return true; }
        if (No.Contains(k)) { value = false; return true; }
        return false;
    }
}

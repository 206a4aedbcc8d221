namespace Intake.Extraction.Tests.Fixtures;

/// <summary>OCR-style damage applied to test text: lost accents, letter/digit confusions, split words.</summary>
public static class Ocr
{
    public static string Damage(string s) => s
        .Replace("é", "e").Replace("è", "e").Replace("É", "E").Replace("ç", "c")
        .Replace("Prénom(s)", "Pr6nom(s)").Replace("naissance", "naissanee").Replace("Commune", "Cornmune")
        .Replace("Téléphone", "Telephonc").Replace("Adresse", "Adrcsse");
}

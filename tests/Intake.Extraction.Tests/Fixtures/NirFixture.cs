namespace Intake.Extraction.Tests.Fixtures;

/// <summary>Builds NIRs with their key computed here (97 − body mod 97), independently of the code under test.</summary>
public static class NirFixture
{
    public static string With(string body13)
    {
        long n = long.Parse(body13);
        return body13 + (97 - n % 97).ToString("00");
    }

    public static string Spaced(string nir15) =>
        $"{nir15[0]} {nir15[1..3]} {nir15[3..5]} {nir15[5..7]} {nir15[7..10]} {nir15[10..13]} {nir15[13..15]}";
}

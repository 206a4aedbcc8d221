using System.Globalization;

namespace Intake.Corpus.People;

/// <summary>The ways dates are written in French mail.</summary>
public static class FrenchDates
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] StampMonths =
        ["JAN.", "FÉV.", "MARS", "AVR.", "MAI", "JUIN", "JUIL.", "AOÛT", "SEPT.", "OCT.", "NOV.", "DÉC."];

    public static string Slash(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public static string Dots(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
    public static string Long(DateOnly d) => $"{(d.Day == 1 ? "1er" : d.Day.ToString(CultureInfo.InvariantCulture))} {Months[d.Month - 1]} {d.Year}";
    public static string Stamp(DateOnly d) => $"{d.Day:00} {StampMonths[d.Month - 1]} {d.Year}";
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One of the three writings, chosen by the random source.</summary>
    public static string Any(DateOnly d, Random rng) => rng.Next(3) switch { 0 => Slash(d), 1 => Dots(d), _ => Long(d) };

    /// <summary>Numeric writings only (what fits a form box).</summary>
    public static string Numeric(DateOnly d, Random rng) => rng.Next(3) == 0 ? Dots(d) : Slash(d);
}

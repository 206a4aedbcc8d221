using System.Globalization;

namespace Intake.Evaluation.Report;

/// <summary>Number formatting shared by the console report and the Markdown table (invariant culture).</summary>
internal static class Format
{
    public static string Percent(double? value) =>
        value is double v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";

    public static string Number(double? value, string format = "0.0") =>
        value is double v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    public static string Count(long correct, long total) =>
        string.Create(CultureInfo.InvariantCulture, $"{correct}/{total}");
}

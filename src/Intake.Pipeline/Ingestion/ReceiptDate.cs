using System.Globalization;

namespace Intake.Pipeline.Ingestion;

/// <summary>
/// The receipt date of a file (the date legal clocks count from): the nearest enclosing folder named
/// YYYY-MM-DD (a mail day), else the day the file was picked up.
/// </summary>
public static class ReceiptDate
{
    public static DateOnly For(string relativePath, DateOnly pickedUpOn)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        for (int i = parts.Length - 2; i >= 0; i--)
            if (TryParseMailDay(parts[i], out var day)) return day;
        return pickedUpOn;
    }

    public static bool TryParseMailDay(string folderName, out DateOnly day) =>
        DateOnly.TryParseExact(folderName, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

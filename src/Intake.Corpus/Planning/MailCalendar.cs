namespace Intake.Corpus.Planning;

/// <summary>The mail days of a corpus: base date + 0, 2, 7 and 14 days (receipt dates of rules.md).</summary>
public static class MailCalendar
{
    public static readonly int[] Offsets = [0, 2, 7, 14];

    public static IReadOnlyList<DateOnly> Days(DateOnly baseDate) => Offsets.Select(baseDate.AddDays).ToList();
}

using Intake.Domain.Calendar;

namespace Intake.Domain.Rules;

/// <summary>
/// The legal clocks of docs/rules.md: D-AVIS-6M, D-EXPERT-10D, D-OFFER-4M, D-PAY-1M, D-PRESCRIPTION-10Y, each from the
/// date it counts from ("+ N months" clamps to the month's end).
/// </summary>
public static class LegalClocks
{
    /// <summary>D-AVIS-6M: the avis is due 6 months after the dossier became complete.</summary>
    public static DateOnly AvisDue(DateOnly completeDate, RuleSet? set = null) =>
        CalendarMath.AddMonths(completeDate, (set ?? RuleSet.Current).AvisDueMonths);

    /// <summary>D-PRESCRIPTION-10Y: the last day a claim is within 10 years of consolidation (a later receipt is flagged).</summary>
    public static DateOnly PrescriptionDate(DateOnly consolidationDate, RuleSet? set = null) =>
        CalendarMath.AddYears(consolidationDate, (set ?? RuleSet.Current).PrescriptionYears);

    /// <summary>D-EXPERT-10D: the last day the expert report may be sent to the parties before the CCI meeting.</summary>
    public static DateOnly ExpertReportSendBy(DateOnly meetingDate, RuleSet? set = null) =>
        meetingDate.AddDays(-(set ?? RuleSet.Current).ExpertReportDaysBeforeMeeting);

    /// <summary>D-OFFER-4M: the insurer's offer is due 4 months after it received the avis.</summary>
    public static DateOnly OfferDue(DateOnly avisReceived, RuleSet? set = null) =>
        CalendarMath.AddMonths(avisReceived, (set ?? RuleSet.Current).OfferDueMonths);

    /// <summary>D-OFFER-4M (final offer): due 2 months after the insurer was told of consolidation.</summary>
    public static DateOnly FinalOfferDue(DateOnly consolidationNotified, RuleSet? set = null) =>
        CalendarMath.AddMonths(consolidationNotified, (set ?? RuleSet.Current).FinalOfferDueMonths);

    /// <summary>D-PAY-1M: payment is due 1 month after the offer's acceptance (late: interest at twice the legal rate).</summary>
    public static DateOnly PaymentDue(DateOnly acceptance, RuleSet? set = null) =>
        CalendarMath.AddMonths(acceptance, (set ?? RuleSet.Current).PaymentDueMonths);

    /// <summary>The clocks of one dossier for a backlog report; days are counted from <paramref name="today"/> when given.</summary>
    public static Clocks For(DateOnly? completeDate, DateOnly? consolidationDate, DateOnly? today, RuleSet? set = null)
    {
        DateOnly? avisDue = completeDate is { } c ? AvisDue(c, set) : null;
        return new Clocks(
            completeDate,
            avisDue,
            consolidationDate,
            consolidationDate is { } k ? PrescriptionDate(k, set) : null,
            avisDue is { } due && today is { } t ? due.DayNumber - t.DayNumber : null);
    }
}

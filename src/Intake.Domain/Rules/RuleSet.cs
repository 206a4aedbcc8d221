namespace Intake.Domain.Rules;

/// <summary>
/// Every threshold and date the law may change, with its legal source. A new decree gives a new version;
/// decisions carry the version they were made with.
/// </summary>
public sealed record RuleSet
{
    /// <summary>The rule set in force.</summary>
    public static readonly RuleSet Current = new();

    public string Version { get; init; } = "2026.1";

    /// <summary>AIPP must be strictly greater than this (24 % is not enough, 25 % is). D1142-1 al. 1.</summary>
    public int AippStrictlyAbove { get; init; } = 24;

    /// <summary>Nosocomial infection: AIPP strictly greater than this sends it to ONIAM. L1142-1-1 1°.</summary>
    public int NosocomialAippStrictlyAbove { get; init; } = 25;

    /// <summary>ATAP / DFT duration, in calendar months (consecutive, or within the window). D1142-1 al. 2.</summary>
    public int TemporaryDurationMonths { get; init; } = 6;

    /// <summary>Days within one window for non-consecutive periods ("6 months" out of 12). D1142-1 al. 2; docs/rules.md def. 3.</summary>
    public int WindowDaysRequired { get; init; } = 183;

    /// <summary>The sliding window for non-consecutive periods, in months. D1142-1 al. 2.</summary>
    public int WindowMonths { get; init; } = 12;

    /// <summary>DFT periods count when their rate is at least this (percent). D1142-1 al. 2.</summary>
    public int DftRateAtLeast { get; init; } = 50;

    /// <summary>Prescription delay after consolidation, in years (+ 120 months). L1142-28.</summary>
    public int PrescriptionYears { get; init; } = 10;

    /// <summary>Acts before this date are outside the 2002 law's scheme. Loi n° 2002-303 du 4 mars 2002, art. 101.</summary>
    public DateOnly LawApplicableFrom { get; init; } = new(2001, 9, 5);

    /// <summary>Age of majority on the receipt date. Code civil art. 414; service-public sheet "Qui peut saisir la CCI ?".</summary>
    public int MajorityAge { get; init; } = 18;

    /// <summary>Avis due this many months after the dossier became complete. Service-public sheet (D-AVIS-6M).</summary>
    public int AvisDueMonths { get; init; } = 6;

    /// <summary>Expert report sent at least this many days before the CCI meeting. Service-public sheet (D-EXPERT-10D).</summary>
    public int ExpertReportDaysBeforeMeeting { get; init; } = 10;

    /// <summary>Insurer's offer due after receiving the avis, in months. L1142-14 (D-OFFER-4M).</summary>
    public int OfferDueMonths { get; init; } = 4;

    /// <summary>Final offer due after being told of consolidation, in months. L1142-14 (D-OFFER-4M).</summary>
    public int FinalOfferDueMonths { get; init; } = 2;

    /// <summary>Payment due after the offer's acceptance, in months. L1142-14; service-public sheet (D-PAY-1M).</summary>
    public int PaymentDueMonths { get; init; } = 1;

    /// <summary>Borderline: a period within this many days of the 6-month mark, or a window within this of 183. Rules.md def. 4.</summary>
    public int BorderlineDays { get; init; } = 7;

    /// <summary>Borderline AIPP values (24 or 25 %). Rules.md def. 4.</summary>
    public int BorderlineAippLow { get; init; } = 24;
    public int BorderlineAippHigh { get; init; } = 25;

    /// <summary>Borderline DFT rates, inclusive (50 ± 5 points). Rules.md def. 4.</summary>
    public int BorderlineDftLow { get; init; } = 45;
    public int BorderlineDftHigh { get; init; } = 55;

    /// <summary>Extraction confidence below which a value is kept but marked low-confidence (<see cref="Review.ReviewThresholds.Field"/>).</summary>
    public double LowConfidenceThreshold { get; init; } = Review.ReviewThresholds.Field;
}

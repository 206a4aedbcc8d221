using Intake.Domain.Fields;

namespace Intake.Extraction.Common;

/// <summary>
/// Every date a document of the claim states (a birth, the act, a certificate's or a letter's date, a signature, a
/// death, a consolidation) lies in the past of the day its mail came in. A date read later than that day is a
/// misreading ("2075" for "2025", a stamp's day), whatever the reading's confidence: it goes to review. Periods are
/// left alone (a sick leave may run past the day it is sent).
/// </summary>
public static class ReceiptPlausibility
{
    /// <summary>Confidence left to a date after the day of receipt, on the review threshold's scale.</summary>
    public const double AfterReceipt = 0.3;

    public static IReadOnlyList<ExtractedField> Apply(IReadOnlyList<ExtractedField> fields, DateOnly? receivedOn)
    {
        if (receivedOn is not DateOnly day) return fields;
        return fields.Select(f => f.Value is DateOnly d && d > day && f.Confidence > AfterReceipt ? f with { Confidence = AfterReceipt } : f).ToList();
    }
}

using Intake.Domain.Documents;

namespace Intake.Domain.Fields;

/// <summary>
/// One value read from a document, under its canonical key (docs/fields.md).
/// Value is one of: string, DateOnly, bool, int, decimal, IReadOnlyList&lt;Period&gt;.
/// Page is 1-based within the logical document's file; Box is null when the value has no single place.
/// </summary>
public sealed record ExtractedField(string Key, object Value, double Confidence, int Page, BBox? Box);

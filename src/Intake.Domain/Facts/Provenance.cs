using Intake.Domain.Documents;

namespace Intake.Domain.Facts;

/// <summary>
/// Where a fact's value came from: a document (id, type, page, box, confidence) or a reviewer (who, when, why).
/// </summary>
public sealed record Provenance
{
    public string? DocumentId { get; init; }
    public string? DocumentType { get; init; }
    public int? Page { get; init; }
    public BBox? Box { get; init; }
    /// <summary>Extraction confidence in [0, 1]; null for a reviewer's value.</summary>
    public double? Confidence { get; init; }
    public string? Reviewer { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public string? Reason { get; init; }

    public bool IsReviewer => Reviewer is not null;

    public static Provenance FromDocument(string? documentId, string? documentType, int? page, BBox? box, double? confidence) =>
        new() { DocumentId = documentId, DocumentType = documentType, Page = page, Box = box, Confidence = confidence };

    public static Provenance FromReviewer(string who, DateTimeOffset when, string? why) =>
        new() { Reviewer = who, ReviewedAt = when, Reason = why };
}

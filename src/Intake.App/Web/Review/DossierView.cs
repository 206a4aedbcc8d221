namespace Intake.App.Web.Review;

public sealed record DossierHeader(long Id, string Number, string Status, string ReviewStatus, string? ReviewedBy, DateTime? ReviewedAt,
    string? ReviewReason, string? ReviewedProcedure, string? ReviewedPayer, string? VictimNir, DateOnly? VictimBirthDate,
    DateOnly? ReceiptDate, bool Complete, DateOnly? CompleteDate, DateOnly? AvisDue, string[] Flags, string? Decision, string? Facts,
    DateTime CreatedAt);

public sealed record DocumentInfo(long Id, long FileId, string OriginalName, int FirstPage, int LastPage, string Type, float TypeConfidence,
    DateOnly ReceivedOn, string Attachment, string? AttachmentReason, string? ConfirmedBy);

public sealed record PageInfo(long FileId, int Number, float Width, float Height, string Source, float MeanConfidence, bool IsBlank);

public sealed record FieldInfo(long Id, long DocumentId, string Key, string Value, float Confidence, int Page, float[]? Bbox);

public sealed record CorrectionInfo(long Id, string Key, string? OldValue, string NewValue, string Reason, string UserName, DateTime CreatedAt);

/// <summary>Everything the dossier page shows: header, documents with pages and fields, corrections, the decision.</summary>
public sealed record DossierView(
    DossierHeader Header,
    IReadOnlyList<DocumentInfo> Documents,
    IReadOnlyList<PageInfo> Pages,
    IReadOnlyList<FieldInfo> Fields,
    IReadOnlyList<CorrectionInfo> Corrections,
    DecisionView Decision)
{
    public IEnumerable<PageInfo> PagesOf(DocumentInfo d) =>
        Pages.Where(p => p.FileId == d.FileId && p.Number >= d.FirstPage && p.Number <= d.LastPage);

    public IEnumerable<FieldInfo> FieldsOn(long fileId, int page)
    {
        var docs = Documents.Where(d => d.FileId == fileId).Select(d => d.Id).ToHashSet();
        return Fields.Where(f => docs.Contains(f.DocumentId) && f.Page == page && f.Bbox is { Length: 4 });
    }

    /// <summary>The latest reviewer value per key (corrections come oldest first).</summary>
    public IReadOnlyDictionary<string, CorrectionInfo> LatestCorrections =>
        Corrections.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Last());
}

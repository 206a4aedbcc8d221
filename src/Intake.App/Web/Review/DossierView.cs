namespace Intake.App.Web.Review;

/// <summary>Mapped by property (Dapper cannot bind nullable DateOnly through a constructor).</summary>
public sealed record DossierHeader
{
    public long Id { get; init; }
    public string Number { get; init; } = null!;
    public string Status { get; init; } = null!;
    public string ReviewStatus { get; init; } = null!;
    public string? ReviewedBy { get; init; }
    public DateTime? ReviewedAt { get; init; }
    public string? ReviewReason { get; init; }
    public string? ReviewedProcedure { get; init; }
    public string? ReviewedPayer { get; init; }
    public string? VictimNir { get; init; }
    public DateOnly? VictimBirthDate { get; init; }
    public DateOnly? ReceiptDate { get; init; }
    public bool Complete { get; init; }
    public DateOnly? CompleteDate { get; init; }
    /// <summary>The reviewer who set the complete date, when one did (null: the rules' date).</summary>
    public string? CompleteDateBy { get; init; }
    public DateOnly? AvisDue { get; init; }
    public string[] Flags { get; init; } = null!;
    public string? Decision { get; init; }
    public string? Facts { get; init; }
    public DateTime CreatedAt { get; init; }
}

public sealed record DocumentInfo
{
    public long Id { get; init; }
    public long FileId { get; init; }
    public string OriginalName { get; init; } = null!;
    public int FirstPage { get; init; }
    public int LastPage { get; init; }
    public string Type { get; init; } = null!;
    public float TypeConfidence { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public string Attachment { get; init; } = null!;
    public string? AttachmentReason { get; init; }
    public string? ConfirmedBy { get; init; }
}

public sealed record PageInfo
{
    public long FileId { get; init; }
    public int Number { get; init; }
    public float Width { get; init; }
    public float Height { get; init; }
    public string Source { get; init; } = null!;
    public float MeanConfidence { get; init; }
    public bool IsBlank { get; init; }
}

public sealed record FieldInfo
{
    public long Id { get; init; }
    public long DocumentId { get; init; }
    public string Key { get; init; } = null!;
    public string Value { get; init; } = null!;
    public float Confidence { get; init; }
    public int Page { get; init; }
    public float[]? Bbox { get; init; }
}

public sealed record CorrectionInfo
{
    public long Id { get; init; }
    public string Key { get; init; } = null!;
    public string? OldValue { get; init; }
    public string NewValue { get; init; } = null!;
    public string Reason { get; init; } = null!;
    public string UserName { get; init; } = null!;
    public DateTime CreatedAt { get; init; }
}

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

    /// <summary>The dossier's retained facts (key → stored JSON value), as the rules last consolidated them.</summary>
    public IReadOnlyDictionary<string, string> RetainedFacts
    {
        get
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            if (string.IsNullOrEmpty(Header.Facts)) return d;
            using var doc = System.Text.Json.JsonDocument.Parse(Header.Facts);
            foreach (var p in doc.RootElement.EnumerateObject()) d[p.Name] = p.Value.GetRawText();
            return d;
        }
    }

    /// <summary>The latest reviewer value per key (corrections come oldest first).</summary>
    public IReadOnlyDictionary<string, CorrectionInfo> LatestCorrections =>
        Corrections.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Last());
}

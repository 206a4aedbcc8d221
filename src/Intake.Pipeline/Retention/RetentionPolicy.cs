namespace Intake.Pipeline.Retention;

/// <summary>
/// How long health data is kept (GDPR art. 5-1-e: no longer than needed). The periods are the commission's
/// to set with its data protection officer; the defaults are conservative placeholders. A period counts from
/// the last activity: for a file, the receipt date or, when its documents belong to dossiers, the last change
/// of those dossiers (a dossier still being worked on keeps its originals).
/// </summary>
public sealed record RetentionPolicy
{
    /// <summary>Archived originals (and the file's original name, which often carries the victim's name).</summary>
    public TimeSpan Originals { get; init; } = TimeSpan.FromDays(3650);
    /// <summary>Copies of unreadable files in the quarantine folder, with their sidecars.</summary>
    public TimeSpan Quarantine { get; init; } = TimeSpan.FromDays(90);
    /// <summary>The text and word boxes read on each page (the extracted fields stay with the dossier).</summary>
    public TimeSpan PageText { get; init; } = TimeSpan.FromDays(730);
    /// <summary>Entries of the audit trail.</summary>
    public TimeSpan AuditLog { get; init; } = TimeSpan.FromDays(1095);
    /// <summary>Page images rendered for the dashboard (a cache: any of them can be rendered again).</summary>
    public TimeSpan PageImages { get; init; } = TimeSpan.FromDays(30);
}

using Dapper;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Review;

/// <summary>Loads one dossier for the review page (read only; the page records the view in the audit trail).</summary>
public sealed class DossierReader(Database db)
{
    public async Task<DossierView?> LoadAsync(long id, bool showNir)
    {
        await using var conn = await db.OpenAsync();
        var header = await conn.QuerySingleOrDefaultAsync<DossierHeader>("""
            select id, number, status, review_status as ReviewStatus, reviewed_by as ReviewedBy, reviewed_at as ReviewedAt,
                   review_reason as ReviewReason, reviewed_procedure as ReviewedProcedure, reviewed_payer as ReviewedPayer,
                   victim_nir as VictimNir, victim_birth_date as VictimBirthDate, receipt_date as ReceiptDate, complete,
                   complete_date as CompleteDate, complete_date_by as CompleteDateBy, avis_due as AvisDue, flags, decision::text as Decision, facts::text as Facts,
                   created_at as CreatedAt
            from dossier where id = @id
            """, new { id });
        if (header is null) return null;
        var documents = (await conn.QueryAsync<DocumentInfo>("""
            select d.id, d.file_id as FileId, f.original_name as OriginalName, d.first_page as FirstPage, d.last_page as LastPage,
                   d.type, d.type_confidence as TypeConfidence, d.received_on as ReceivedOn, d.attachment,
                   d.attachment_reason as AttachmentReason, d.confirmed_by as ConfirmedBy
            from document d join intake_file f on f.id = d.file_id
            where d.dossier_id = @id order by d.received_on, d.id
            """, new { id })).ToList();
        var fileIds = documents.Select(d => d.FileId).Distinct().ToArray();
        var pages = (await conn.QueryAsync<PageInfo>("""
            select file_id as FileId, number, width, height, source, mean_confidence as MeanConfidence, is_blank as IsBlank
            from page where file_id = any(@fileIds) order by file_id, number
            """, new { fileIds })).ToList();
        var fields = (await conn.QueryAsync<FieldInfo>("""
            select id, document_id as DocumentId, key, value::text as Value, confidence, page, bbox
            from field where document_id = any(@docIds) order by document_id, key
            """, new { docIds = documents.Select(d => d.Id).ToArray() })).ToList();
        var corrections = (await conn.QueryAsync<CorrectionInfo>("""
            select id, key, old_value::text as OldValue, new_value::text as NewValue, reason, user_name as UserName, created_at as CreatedAt
            from correction where dossier_id = @id order by created_at, id
            """, new { id })).ToList();
        return new DossierView(header, documents, pages, fields, corrections, DecisionView.Parse(header.Decision, showNir));
    }
}

using System.Text.Json;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Pipeline.Steps;
using Npgsql;
using NpgsqlTypes;

namespace Intake.Pipeline.Storage;

/// <summary>Stage 6: writes a file's pages, documents and fields in batches (one round trip per table).</summary>
public static class AnalysisWriter
{
    public static async Task<IReadOnlyList<long>> WriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long fileId, DateOnly receivedOn,
        FileAnalysis analysis, CancellationToken ct)
    {
        await WritePagesAsync(conn, tx, fileId, analysis, ct);
        var ids = new List<long>();
        await using (var batch = new NpgsqlBatch(conn, tx))
        {
            foreach (var d in analysis.Documents)
            {
                var cmd = new NpgsqlBatchCommand("""
                    insert into document (file_id, first_page, last_page, type, type_confidence, received_on, flags)
                    values ($1, $2, $3, $4, $5, $6, $7) returning id
                    """);
                cmd.Parameters.Add(new() { Value = fileId });
                cmd.Parameters.Add(new() { Value = d.FirstPage });
                cmd.Parameters.Add(new() { Value = d.LastPage });
                cmd.Parameters.Add(new() { Value = d.Type });
                cmd.Parameters.Add(new() { Value = (float)d.TypeConfidence });
                cmd.Parameters.Add(new() { Value = receivedOn });
                cmd.Parameters.Add(new() { Value = d.Flags.ToArray() });
                batch.BatchCommands.Add(cmd);
            }
            if (batch.BatchCommands.Count > 0)
            {
                await using var reader = await batch.ExecuteReaderAsync(ct);
                do { while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0)); } while (await reader.NextResultAsync(ct));
            }
        }
        await WriteFieldsAsync(conn, tx, analysis.Documents.Select((d, i) => (ids[i], d.Fields)).ToList(), ct);
        return ids;
    }

    /// <summary>The fields of documents, one row per key (the most confident reading), in one batch.</summary>
    public static async Task WriteFieldsAsync(NpgsqlConnection conn, NpgsqlTransaction tx,
        IReadOnlyList<(long DocumentId, IReadOnlyList<ExtractedField> Fields)> documents, CancellationToken ct)
    {
        await using (var batch = new NpgsqlBatch(conn, tx))
        {
            foreach (var (documentId, fields) in documents)
                foreach (var f in fields.GroupBy(f => f.Key).Select(g => g.MaxBy(x => x.Confidence)!))
                {
                    var cmd = new NpgsqlBatchCommand("insert into field (document_id, key, value, confidence, page, bbox) values ($1, $2, $3, $4, $5, $6)");
                    cmd.Parameters.Add(new() { Value = documentId });
                    cmd.Parameters.Add(new() { Value = f.Key });
                    cmd.Parameters.Add(new() { Value = FieldValueJson.ToJson(f.Value), NpgsqlDbType = NpgsqlDbType.Jsonb });
                    cmd.Parameters.Add(new() { Value = (float)f.Confidence });
                    cmd.Parameters.Add(new() { Value = f.Page });
                    cmd.Parameters.Add(new() { Value = f.Box is BBox b ? new[] { (float)b.X0, (float)b.Y0, (float)b.X1, (float)b.Y1 } : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Real });
                    batch.BatchCommands.Add(cmd);
                }
            if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task WritePagesAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long fileId, FileAnalysis analysis, CancellationToken ct)
    {
        var labels = analysis.Pages.ToDictionary(p => p.Page);
        await using var batch = new NpgsqlBatch(conn, tx);
        foreach (var p in analysis.Text.Pages)
        {
            labels.TryGetValue(p.Number, out var label);
            var cmd = new NpgsqlBatchCommand("""
                insert into page (file_id, number, width, height, source, mean_confidence, rotation, is_blank, predicted_type, type_confidence, text, words)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                """);
            cmd.Parameters.Add(new() { Value = fileId });
            cmd.Parameters.Add(new() { Value = p.Number });
            cmd.Parameters.Add(new() { Value = (float)p.Width });
            cmd.Parameters.Add(new() { Value = (float)p.Height });
            cmd.Parameters.Add(new() { Value = p.Source == TextSource.Ocr ? "ocr" : "text_layer" });
            cmd.Parameters.Add(new() { Value = (float)p.MeanConfidence });
            cmd.Parameters.Add(new() { Value = p.RotationDegrees });
            cmd.Parameters.Add(new() { Value = label?.IsBlank ?? p.IsBlank });
            cmd.Parameters.Add(new() { Value = (object?)label?.Type ?? DBNull.Value });
            cmd.Parameters.Add(new() { Value = label is null ? DBNull.Value : (float)label.Confidence });
            cmd.Parameters.Add(new() { Value = Sanitize(p.Text) });
            cmd.Parameters.Add(new() { Value = WordsJson(p), NpgsqlDbType = NpgsqlDbType.Jsonb });
            batch.BatchCommands.Add(cmd);
        }
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Lines of words: [[["mot", x0, y0, x1, y1, conf], …], …], coordinates rounded to 0.1 pt.</summary>
    public static string WordsJson(PageText page) =>
        JsonSerializer.Serialize(page.Lines.Select(l => l.Words.Select(w => new object[]
        {
            Sanitize(w.Text), Math.Round(w.Box.X0, 1), Math.Round(w.Box.Y0, 1), Math.Round(w.Box.X1, 1), Math.Round(w.Box.Y1, 1), Math.Round(w.Confidence, 3),
        })));

    /// <summary>PostgreSQL text cannot hold NUL characters; OCR and hostile PDFs can produce them.</summary>
    public static string Sanitize(string s) => s.Contains('\0') ? s.Replace("\0", "") : s;
}

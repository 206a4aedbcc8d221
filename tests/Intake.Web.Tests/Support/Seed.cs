using System.Text.Json;
using Dapper;
using Intake.Domain.Identity;
using Intake.Pipeline.Routing;
using Intake.Pipeline.Storage;

namespace Intake.Web.Tests.Support;

/// <summary>
/// Test data through SQL, as the pipeline would have written it: a file archived under INTAKE_HOME, its pages
/// (text and word boxes), a claim form document with fields (one with low confidence and a box), attached to a
/// new dossier routed by <see cref="DossierRouter"/>; and unattached mail.
/// </summary>
public static class Seed
{
    public const string HostileText = "<script>alert('xss')</script>";
    public const string HostileValue = "<img src=x onerror=alert(1)>";

    public sealed record SeededDossier(long DossierId, string Number, long FileId, long DocumentId, string Nir);

    /// <summary>A valid NIR (key computed) from 13 digits.</summary>
    public static string ValidNir(string body13) => body13 + Nir.ComputeKey(body13)!.Value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<SeededDossier> ClaimAsync(Database db, string archiveRoot, string name, string nirBody, int aipp, DateOnly today)
    {
        var nir = ValidNir(nirBody);
        var pdf = TestPdf.Build(
            ["Demande d'indemnisation cerfa 12245*03", $"Nom : {name}", "Prenoms : Marie", "Taux AIPP : " + aipp + " %"],
            ["Description des faits", "Signature"]);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        var relative = Path.Combine(sha[..2], sha[2..4], sha + ".pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(archiveRoot, relative))!);
        await File.WriteAllBytesAsync(Path.Combine(archiveRoot, relative), pdf);

        await using var conn = await db.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var received = today.AddDays(-20);
        var fileId = await conn.ExecuteScalarAsync<long>("""
            insert into intake_file (sha256, original_name, extension, size_bytes, received_on, archive_path, status, page_count, ocr_page_count, mean_confidence, processed_at)
            values (@sha, @original, 'pdf', @size, @received, @relative, 'processed', 2, 0, 0.97, now()) returning id
            """, new { sha, original = $"{received:yyyy-MM-dd}/{name.ToLowerInvariant()}-demande.pdf", size = pdf.Length, received, relative }, tx);
        var words = JsonSerializer.Serialize(new object[][][] { [["Nom", 72, 778, 100, 790, 0.99], [name, 110, 778, 170, 790, 0.99]] });
        await conn.ExecuteAsync("""
            insert into page (file_id, number, width, height, source, mean_confidence, predicted_type, type_confidence, text, words)
            values (@fileId, 1, 595, 842, 'text_layer', 0.99, 'demande_indemnisation', 0.97, @text1, @words::jsonb),
                   (@fileId, 2, 595, 842, 'text_layer', 0.99, 'demande_indemnisation', 0.9, @text2, '[]'::jsonb)
            """, new { fileId, text1 = $"Demande d'indemnisation\nNom : {name}\n{HostileText}", text2 = "Description des faits", words }, tx);
        var dossierId = await conn.ExecuteScalarAsync<long>("""
            insert into dossier (number, victim_name_keys, victim_birth_date, receipt_date)
            values ('CCI-' || extract(year from @received::date) || '-' || lpad(nextval('dossier_number_seq')::text, 6, '0'), array[@key], date '1970-05-12', @received)
            returning id
            """, new { received, key = name.ToUpperInvariant() }, tx);
        var documentId = await conn.ExecuteScalarAsync<long>("""
            insert into document (file_id, first_page, last_page, type, type_confidence, received_on, dossier_id, attachment, attachment_reason)
            values (@fileId, 1, 2, 'demande_indemnisation', 0.97, @received, @dossierId, 'opened', 'formulaire de demande') returning id
            """, new { fileId, received, dossierId }, tx);
        var fields = new (string Key, object Value, double Confidence, float[]? Box)[]
        {
            ("victime.nom", name, 0.98, [108, 776, 172, 792]),
            ("victime.prenoms", "Marie", 0.97, null),
            ("victime.date_naissance", "1970-05-12", 0.95, null),
            ("victime.adresse", "12 rue des Lilas", 0.9, null),
            ("victime.nir", nir, 0.93, null),
            ("victime.caisse", "CPAM de Paris", 0.9, null),
            ("demandeur.qualite", "victime", 0.99, null),
            ("faits.date_acte", "2022-03-01", 0.92, null),
            ("faits.etablissement", "Hôpital Saint-Louis", 0.9, null),
            ("faits.type_dommage", "accident_medical", 0.9, null),
            ("faits.description", HostileValue, 0.8, null),
            ("prejudice.consolide", true, 0.9, null),
            ("prejudice.date_consolidation", "2023-01-10", 0.9, null),
            ("prejudice.aipp", aipp, 0.55, [150, 716, 190, 730]),
            ("signature.date", received.AddDays(-3).ToString("yyyy-MM-dd"), 0.9, null),
            ("signature.presente", true, 0.9, null),
        };
        foreach (var f in fields)
            await conn.ExecuteAsync("""
                insert into field (document_id, key, value, confidence, page, bbox) values (@documentId, @key, @value::jsonb, @confidence, 1, @box)
                """, new { documentId, key = f.Key, value = JsonSerializer.Serialize(f.Value), confidence = (float)f.Confidence, box = f.Box }, tx);
        await new DossierRouter().RouteOneAsync(conn, tx, dossierId, today, CancellationToken.None);
        var number = await conn.ExecuteScalarAsync<string>("select number from dossier where id = @dossierId", new { dossierId }, tx);
        await tx.CommitAsync();
        return new SeededDossier(dossierId, number!, fileId, documentId, nir);
    }

    /// <summary>A letter no dossier claimed (reuses the archived file of <paramref name="fileId"/> for its page image).</summary>
    public static async Task<long> UnattachedLetterAsync(Database db, long fileId, DateOnly today)
    {
        await using var conn = await db.OpenAsync();
        return await conn.ExecuteScalarAsync<long>("""
            insert into document (file_id, first_page, last_page, type, type_confidence, received_on, dossier_id, attachment, attachment_reason)
            values (@fileId, 3, 3, 'courrier', 0.7, @today, null, 'unattached', 'aucun dossier ne correspond') returning id
            """, new { fileId, today });
    }
}

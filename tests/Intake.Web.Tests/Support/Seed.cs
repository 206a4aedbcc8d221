using System.Text.Json;
using Dapper;
using Intake.Domain.Identity;
using Intake.Pipeline.Attachment;
using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Routing;
using Intake.Pipeline.Storage;

namespace Intake.Web.Tests.Support;

/// <summary>
/// Test data as the pipeline would have written it: a file archived under INTAKE_HOME, its pages (text and word
/// boxes), a claim form document with fields (one with low confidence and a box), attached to a dossier opened
/// by <see cref="DossierNumbering"/> and routed by <see cref="DossierRouter"/>; and unattached letters. The claim's AIPP
/// is read with low confidence as <c>aipp</c> where the page's words say <c>aipp + 10</c>.
/// </summary>
public static class Seed
{
    public const string HostileText = "<script>alert('xss')</script>";
    public const string HostileValue = "<img src=x onerror=alert(1)>";

    public sealed record SeededDossier(long DossierId, string Number, long FileId, long DocumentId, string Nir);

    public sealed record SeededLetter(long FileId, long DocumentId, string Nir);

    /// <summary>A valid NIR (key computed) from 13 digits.</summary>
    public static string ValidNir(string body13) => body13 + Nir.ComputeKey(body13)!.Value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(long FileId, string Relative)> ArchiveAsync(Database db, string archiveRoot, string originalName, DateOnly received, byte[] pdf, int pages)
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        var relative = Path.Combine(sha[..2], sha[2..4], sha + ".pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(archiveRoot, relative))!);
        await File.WriteAllBytesAsync(Path.Combine(archiveRoot, relative), pdf);
        await using var conn = await db.OpenAsync();
        var fileId = await conn.ExecuteScalarAsync<long>("""
            insert into intake_file (sha256, original_name, extension, size_bytes, received_on, archive_path, status, page_count, ocr_page_count, mean_confidence, processed_at)
            values (@sha, @originalName, 'pdf', @size, @received, @relative, 'processed', @pages, 0, 0.97, now()) returning id
            """, new { sha, originalName, size = pdf.Length, received, relative, pages });
        return (fileId, relative);
    }

    public static async Task<SeededDossier> ClaimAsync(Database db, string archiveRoot, string name, string nirBody, int aipp, DateOnly today)
    {
        var nir = ValidNir(nirBody);
        // The page says one rate; the extraction read another one (aipp) with low confidence: a reviewer corrects it
        // by clicking the word on the page.
        var pageRate = aipp + 10;
        var pdf = TestPdf.Build(
            ["Demande d'indemnisation cerfa 12245*03", $"Nom : {name}", "Prenoms : Marie", "Taux AIPP : " + pageRate + " %"],
            ["Description des faits", "Signature"]);
        var received = today.AddDays(-20);
        var (fileId, _) = await ArchiveAsync(db, archiveRoot, $"{received:yyyy-MM-dd}/{name.ToLowerInvariant()}-demande.pdf", received, pdf, 2);

        await using var conn = await db.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var words = JsonSerializer.Serialize(new object[][][]
        {
            [["Nom", 72, 778, 100, 790, 0.99], [name, 110, 778, 170, 790, 0.99]],
            [["Taux", 72, 718, 98, 730, 0.99], ["AIPP", 102, 718, 132, 730, 0.99], [":", 135, 718, 138, 730, 0.99], [pageRate.ToString(System.Globalization.CultureInfo.InvariantCulture), 152, 718, 166, 730, 0.6], ["%", 170, 718, 178, 730, 0.99]],
        });
        await conn.ExecuteAsync("""
            insert into page (file_id, number, width, height, source, mean_confidence, predicted_type, type_confidence, text, words)
            values (@fileId, 1, 595, 842, 'text_layer', 0.99, 'demande_indemnisation', 0.97, @text1, @words::jsonb),
                   (@fileId, 2, 595, 842, 'text_layer', 0.99, 'demande_indemnisation', 0.9, @text2, '[]'::jsonb)
            """, new { fileId, text1 = $"Demande d'indemnisation\nNom : {name}\nN° de sécurité sociale : {nir}\n{HostileText}", text2 = "Description des faits", words }, tx);
        var dossier = await DossierNumbering.OpenAsync(conn, tx, new DocumentIdentity(null, null, [name.ToUpperInvariant()], "MARIE", new DateOnly(1970, 5, 12), null), received);
        var documentId = await conn.ExecuteScalarAsync<long>("""
            insert into document (file_id, first_page, last_page, type, type_confidence, received_on, dossier_id, attachment, attachment_reason)
            values (@fileId, 1, 2, 'demande_indemnisation', 0.97, @received, @dossierId, 'opened', 'formulaire de demande') returning id
            """, new { fileId, received, dossierId = dossier.Id }, tx);
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
        await new DossierRouter().RouteOneAsync(conn, tx, dossier.Id, today, CancellationToken.None);
        await tx.CommitAsync();
        return new SeededDossier(dossier.Id, dossier.Number, fileId, documentId, nir);
    }

    /// <summary>A one-page letter no dossier claimed, in its own archived file, whose text carries a NIR with a wrong key.</summary>
    public static async Task<SeededLetter> UnattachedLetterAsync(Database db, string archiveRoot, string name, DateOnly today)
    {
        var body = "2" + name.Length.ToString("D2") + "0575123456"; // 13 digits
        var key = (Nir.ComputeKey(body)!.Value + 1) % 97; // misread: its key does not check
        var nir = body + key.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        var pdf = TestPdf.Build(["Courrier", $"Madame {name}", $"NIR {nir}"]);
        var (fileId, _) = await ArchiveAsync(db, archiveRoot, $"{today:yyyy-MM-dd}/courrier-{name.ToLowerInvariant()}.pdf", today, pdf, 1);
        await using var conn = await db.OpenAsync();
        await conn.ExecuteAsync("""
            insert into page (file_id, number, width, height, source, mean_confidence, predicted_type, type_confidence, text, words)
            values (@fileId, 1, 595, 842, 'text_layer', 0.99, 'courrier', 0.7, @text, '[]'::jsonb)
            """, new { fileId, text = $"Courrier\nMadame {name}\nNIR {nir}" });
        var documentId = await conn.ExecuteScalarAsync<long>("""
            insert into document (file_id, first_page, last_page, type, type_confidence, received_on, dossier_id, attachment, attachment_reason)
            values (@fileId, 1, 1, 'courrier', 0.7, @today, null, 'unattached', 'aucun dossier ne correspond') returning id
            """, new { fileId, today });
        await conn.ExecuteAsync("insert into field (document_id, key, value, confidence, page) values (@documentId, 'victime.nom', @name::jsonb, 0.9, 1)",
            new { documentId, name = JsonSerializer.Serialize(name) });
        return new SeededLetter(fileId, documentId, nir);
    }
}

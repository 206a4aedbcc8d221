using Dapper;
using Intake.Domain.Fields;
using Intake.Pipeline.Attachment;
using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Storage;

namespace Intake.Pipeline.Tests.Support;

/// <summary>Rows as the pipeline writes them, for tests: files, documents with fields, dossiers opened by <see cref="DossierNumbering"/>.</summary>
public static class Store
{
    public static readonly DateOnly Received = new(2026, 3, 2);

    public static async Task<long> FileAsync(Database db, string archivePath = "00/00/none.pdf", string originalName = "2026-03-02/courrier.pdf", DateOnly? received = null)
    {
        await using var conn = await db.OpenAsync();
        return await conn.ExecuteScalarAsync<long>("""
            insert into intake_file (sha256, original_name, extension, size_bytes, received_on, archive_path, status, page_count, processed_at)
            values (md5(random()::text) || md5(random()::text), @originalName, 'pdf', 1000, @received, @archivePath, 'processed', 3, now()) returning id
            """, new { archivePath, originalName, received = received ?? Received });
    }

    public static async Task<long> DocumentAsync(Database db, long fileId, string type, long? dossierId = null, IReadOnlyList<ExtractedField>? fields = null,
        int firstPage = 1, int lastPage = 1, string attachment = "unattached", string? confirmedBy = null)
    {
        await using var conn = await db.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var id = await conn.ExecuteScalarAsync<long>("""
            insert into document (file_id, first_page, last_page, type, type_confidence, received_on, dossier_id, attachment, confirmed_by, confirmed_at)
            values (@fileId, @firstPage, @lastPage, @type, 0.9, @received, @dossierId, @attachment, @confirmedBy,
                    case when @confirmedBy::text is null then null else now() end) returning id
            """, new { fileId, firstPage, lastPage, type, received = Received, dossierId, attachment, confirmedBy }, tx);
        if (fields is not null) await AnalysisWriter.WriteFieldsAsync(conn, tx, [(id, fields)], CancellationToken.None);
        await tx.CommitAsync();
        return id;
    }

    public static async Task<OpenedDossier> DossierAsync(Database db, string? name = null, string? first = null, DateOnly? birth = null, string? nir = null)
    {
        await using var conn = await db.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var opened = await DossierNumbering.OpenAsync(conn, tx, Who.Identity(name, first, birth, nir), Received);
        await tx.CommitAsync();
        return opened;
    }

    /// <summary>A dossier with a claim form on file, routed as the worker leaves it.</summary>
    public static async Task<(OpenedDossier Dossier, long FileId, long DocumentId)> DossierWithClaimAsync(Database db, string name, string first, DateOnly birth, string? nir = null)
    {
        var dossier = await DossierAsync(db, name, first, birth, nir);
        var fileId = await FileAsync(db);
        var doc = await DocumentAsync(db, fileId, "demande_indemnisation", dossier.Id, Who.Fields(name, first, birth, nir), 1, 2, "opened");
        await using var conn = await db.OpenAsync();
        await new Intake.Pipeline.Routing.DossierRouter().RouteOneAsync(conn, null, dossier.Id, Services.Today, CancellationToken.None);
        return (dossier, fileId, doc);
    }

    public static async Task<T> ScalarAsync<T>(Database db, string sql, object? args = null)
    {
        await using var conn = await db.OpenAsync();
        return (await conn.ExecuteScalarAsync<T>(sql, args))!;
    }
}

/// <summary>A fresh migrated database per test class instance (xunit makes one instance per test).</summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;
    protected Database Db => Database.Db;

    public virtual async Task InitializeAsync() => Database = await TestDatabase.CreateAsync();

    public virtual async Task DisposeAsync() => await Database.DisposeAsync();
}

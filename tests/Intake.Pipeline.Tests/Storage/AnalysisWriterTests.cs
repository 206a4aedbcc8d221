using Dapper;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Pipeline.Steps;
using Intake.Pipeline.Storage;
using Intake.Pipeline.Tests.Support;

namespace Intake.Pipeline.Tests.Storage;

/// <summary>Stage 6: pages, documents and fields written in batches and read back as they were.</summary>
public sealed class AnalysisWriterTests : DatabaseTest
{
    private static PageText Page(int number, params string[] lines) => new(number, 595, 842,
        lines.Select((l, i) => new TextLine(l.Split(' ').Select((w, k) => new Word(w, new BBox(72 + k * 40, 780 - i * 20, 108 + k * 40, 792 - i * 20), 0.9)).ToList())).ToList(),
        TextSource.Ocr, 0.9, 0);

    [Fact]
    public async Task Pages_documents_and_the_best_reading_of_each_field_round_trip()
    {
        var fileId = await Store.FileAsync(Db);
        var text = new FileText([Page(1, "Nom : DUPONT", "Né le 12/05/1970"), Page(2, "bad\0byte here")], []);
        var fields = new List<ExtractedField>
        {
            new("victime.nom", "DUPONT", 0.7, 1, new BBox(112, 780, 180, 792)),
            new("victime.nom", "DUPOND", 0.4, 1, null),
            new("victime.date_naissance", new DateOnly(1970, 5, 12), 0.95, 1, null),
            new("prejudice.aipp", 30, 0.6, 2, null),
        };
        var analysis = new FileAnalysis(text, [new PageLabel(1, "courrier", 0.8, false), new PageLabel(2, "courrier", 0.7, false)],
            [new AnalyzedDocument("courrier", 0.75, 1, 2, fields, ["FLAG_X"])], new StageTimings(1, 1, 1));

        await using var conn = await Db.OpenAsync();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            var ids = await AnalysisWriter.WriteAsync(conn, tx, fileId, Store.Received, analysis, CancellationToken.None);
            Assert.Single(ids);
            await tx.CommitAsync();
        }
        var pages = (await conn.QueryAsync<(int Number, string Text, string Words, string Source)>(
            "select number, text, words::text, source from page where file_id = @fileId order by number", new { fileId })).ToList();
        Assert.Equal(["Nom : DUPONT\nNé le 12/05/1970", "badbyte here"], pages.Select(p => p.Text));
        Assert.StartsWith("[[[\"Nom\", 72", pages[0].Words, StringComparison.Ordinal);
        Assert.All(pages, p => Assert.Equal("ocr", p.Source));
        var stored = (await conn.QueryAsync<StoredField>($"select {StoredField.Columns} from field order by key")).Select(f => f.ToField()!).ToList();
        Assert.Equal(["prejudice.aipp", "victime.date_naissance", "victime.nom"], stored.Select(f => f.Key));
        Assert.Equal("DUPONT", stored[2].Value);
        Assert.Equal(new BBox(112, 780, 180, 792), stored[2].Box);
        Assert.Equal(new DateOnly(1970, 5, 12), stored[1].Value);
        Assert.Equal(30, Convert.ToInt32(stored[0].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["FLAG_X"], (await conn.ExecuteScalarAsync<string[]>("select flags from document"))!);
    }
}

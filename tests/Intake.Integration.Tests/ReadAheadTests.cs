using System.Security.Cryptography;
using Intake.App.Eval;
using Intake.Pipeline.Steps;
using Intake.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Intake.Integration.Tests;

/// <summary>
/// The read-ahead of `intake eval` and `intake bench`: files are read ahead of the pipeline, never more than the
/// limit, and the pipeline's read of the archived copy gets the read already made (each file read once).
/// </summary>
public sealed class ReadAheadTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("intake-read-ahead-").FullName;

    [Fact]
    public async Task Files_are_read_ahead_up_to_the_limit_and_each_is_read_once()
    {
        var files = Enumerable.Range(1, 5).Select(i => WritePdf($"f{i}.pdf", $"Courrier numéro {i} du dossier")).ToList();
        using var text = new TextStage(new FileTextReader(new TextOptions { DegreeOfParallelism = 2 }));
        using var stage = new ReadAheadTextStage(text, maxFilesAhead: 2);
        int position = 0;
        using var stop = new CancellationTokenSource();
        var feeding = stage.Feed(files, () => Volatile.Read(ref position), stop.Token);

        await WaitUntil(() => text.Reader.Stats.PageCount == 3);
        await Task.Delay(300);
        Assert.Equal(3, text.Reader.Stats.PageCount);      // files 1-3: the current one and two ahead, not more

        for (int i = 0; i < files.Count; i++)
        {
            Volatile.Write(ref position, i);
            var page = Assert.Single((await stage.ReadAsync(Archived(files[i]), CancellationToken.None)).Pages);
            Assert.Contains($"numéro {i + 1}", string.Join(' ', page.Lines.Select(l => l.Text)));
        }
        await feeding.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await stage.DrainAsync();
        Assert.Equal(5, text.Reader.Stats.PageCount);      // every file read exactly once
    }

    [Fact]
    public async Task Without_read_ahead_nothing_is_read_before_the_pipeline_asks()
    {
        var file = WritePdf("only.pdf", "Courrier seul");
        using var text = new TextStage(new FileTextReader(new TextOptions { DegreeOfParallelism = 1 }));
        using var stage = new ReadAheadTextStage(text, maxFilesAhead: 0);

        await stage.Feed([file], () => 0, CancellationToken.None);
        Assert.Equal(0, text.Reader.Stats.PageCount);
        await stage.ReadAsync(Archived(file), CancellationToken.None);
        Assert.Equal(1, text.Reader.Stats.PageCount);
    }

    /// <summary>A copy named as the archive names it: the SHA-256 of the content.</summary>
    private string Archived(string path)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) + ".pdf";
        var target = Path.Combine(Directory.CreateDirectory(Path.Combine(root, "archive")).FullName, name);
        File.Copy(path, target, overwrite: true);
        return target;
    }

    private string WritePdf(string name, string line)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        builder.AddPage(PageSize.A4).AddText(line, 12, new PdfPoint(60, 780), font);
        var path = Path.Combine(root, name);
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(condition(), "timed out");
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}

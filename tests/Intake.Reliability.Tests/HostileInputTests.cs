using System.Text;
using System.Text.RegularExpressions;
using Intake.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Intake.Reliability.Tests;

/// <summary>
/// Broken and hostile files dropped beside good ones: the worker never dies, each file ends processed or
/// quarantined with a French reason, links out of the inbox are never followed, good files are unaffected.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private static readonly Regex FrenchReason = new("(fichier|PDF|image|traitement|page)", RegexOptions.IgnoreCase);

    [Fact]
    public async Task Broken_and_hostile_files_are_quarantined_with_a_reason_and_good_files_go_through()
    {
        await using var box = await WorkerSandbox.CreateAsync();
        var day = "2026-08-03";
        var pdf = TestFiles.Pdf(50_000, 2);
        var png = TestFiles.ScanPng(50_001);
        var expectQuarantined = new Dictionary<string, string>
        {
            ["zero bytes"] = box.Drop($"{day}/vide.pdf", []),
            ["truncated PDF"] = box.Drop($"{day}/tronque.pdf", pdf[..(pdf.Length / 2)]),
            ["encrypted PDF"] = box.Drop($"{day}/protege.pdf", Encrypted(pdf)),
            ["text named .pdf"] = box.Drop($"{day}/faux.pdf", Encoding.UTF8.GetBytes("Bonjour, ceci est un courriel copié.")),
            ["Word file"] = box.Drop($"{day}/lettre.docx", [0x50, 0x4B, 0x03, 0x04, .. new byte[200]]),
            ["PNG bomb 20000²"] = box.Drop($"{day}/bombe.png", TestFiles.HugePng(20_000, 20_000)),
            ["PNG with broken data"] = box.Drop($"{day}/abimee.png", [.. png[..64], .. new byte[png.Length - 64]]),
            ["PNG header only"] = box.Drop($"{day}/entete.png", png[..40]),
            ["truncated JPEG"] = box.Drop($"{day}/photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
            ["TIFF with a loop"] = box.Drop($"{day}/boucle.tif", [.. "II*\0"u8, 8, 0, 0, 0, 0, 0, 8, 0, 0, 0]),
        };
        var expectProcessed = new Dictionary<string, string>
        {
            ["good PDF"] = box.Drop($"{day}/bon_1.pdf", TestFiles.Pdf(50_002)),
            ["good PNG"] = box.Drop($"{day}/bon_2.png", TestFiles.ScanPng(50_003)),
            ["PDF named .jpg"] = box.Drop($"{day}/mal_nomme.jpg", TestFiles.Pdf(50_004)),
            ["very long name"] = box.Drop($"{day}/{new string('é', 100)}_{new string('x', 40)}.pdf", TestFiles.Pdf(50_005)),
            ["hostile name"] = box.Drop($"{day}/a;rm -rf $HOME `id` ..\\x.pdf", TestFiles.Pdf(50_006)),
        };

        // Links out of the inbox: never followed, never archived.
        var outside = Repo.TempDir("intake-rel-outside");
        var secret = Path.Combine(outside, "secret.pdf");
        File.WriteAllBytes(secret, TestFiles.Pdf(50_007));
        File.CreateSymbolicLink(Path.Combine(box.Inbox, day, "lien.pdf"), secret);
        Directory.CreateSymbolicLink(Path.Combine(box.Inbox, "dossier_lien"), outside);
        // A named pipe: opening it would block for ever.
        TestFiles.Run("mkfifo", Path.Combine(box.Inbox, day, "tube.pdf"));
        // A name that is not UTF-8 (Latin-1 bytes from an old scanner).
        TestFiles.Run("/bin/sh", "-c", $"cp '{Path.Combine(box.Inbox, day, "bon_1.pdf")}' \"$(printf '{Path.Combine(box.Inbox, day)}/re\\351u_\\377.pdf')\"");

        // Stable for 3 s (the production default): a copy that pauses for less than that is never taken half-written.
        var worker = await box.StartWorkerAsync(new Dictionary<string, string> { ["INTAKE_STABLE_SECONDS"] = "3" });
        // A file still being written: half now, the rest after a pause of a few scans.
        var slowPath = Path.Combine(box.Inbox, day, "en_cours.pdf");
        var slowContent = TestFiles.Pdf(50_008, 3);
        await using (var slow = new FileStream(slowPath, FileMode.CreateNew))
        {
            await slow.WriteAsync(slowContent.AsMemory(0, slowContent.Length / 2));
            await slow.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            await slow.WriteAsync(slowContent.AsMemory(slowContent.Length / 2));
        }
        var slowSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(slowContent));

        var mustEnd = expectQuarantined.Values.Concat(expectProcessed.Values).Append(slowSha).ToList();
        await box.WaitUntilAsync(async () =>
        {
            var rows = await Invariants.FilesAsync(box);
            return mustEnd.All(s => rows.Any(r => r.Sha256 == s && r.Status != "pending")) && rows.All(r => r.Status != "pending");
        }, TimeSpan.FromMinutes(3), "every hostile file settled", worker);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few more scans over what is left
        Assert.False(worker.HasExited);

        var files = await Invariants.FilesAsync(box);
        var bySha = files.ToDictionary(f => f.Sha256);
        foreach (var (what, sha) in expectQuarantined)
        {
            Assert.True(bySha[sha].Status == "quarantined", $"{what}: {bySha[sha].Status}");
            Assert.Matches(FrenchReason, bySha[sha].ErrorFr!);
        }
        foreach (var (what, sha) in expectProcessed.Append(new("written slowly", slowSha)))
            Assert.True(bySha[sha].Status == "processed", $"{what}: {bySha[sha].Status} {bySha[sha].ErrorFr}");
        var secretSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(secret)));
        Assert.DoesNotContain(secretSha, bySha.Keys);
        Assert.True(File.Exists(secret));
        // The partial first half of the slow file was never recorded as a file of its own.
        Assert.DoesNotContain(files, f => f.OriginalName.EndsWith("en_cours.pdf", StringComparison.Ordinal) && f.Sha256 != slowSha);
        await Invariants.AssertNothingLostAsync(box, files.Select(f => f.Sha256).ToList());

        var leftovers = Invariants.InboxLeftovers(box.Inbox).Select(Path.GetFileName).ToList();
        // Only the entry whose name .NET cannot open is left, and the worker said so (without the name).
        Assert.True(leftovers.Count <= 1 && leftovers.All(n => n!.Contains('\uFFFD')), string.Join(", ", leftovers));
        if (leftovers.Count == 1) Assert.Contains("inbox entries cannot be opened", worker.Output);
        output.WriteLine($"hostile: {expectQuarantined.Count} broken files quarantined with a French reason, {expectProcessed.Count + 1} good or odd-but-valid files processed " +
                         $"(incl. one written in two halves 2 s apart), symlinked file and folder not followed, named pipe → {Outcome(files, "tube.pdf")}, " +
                         $"non-UTF-8 name → {(files.Any(f => f.OriginalName.Contains("_\uFFFD") || f.OriginalName.Contains("u_")) ? "ingested" : "left in the inbox")}; " +
                         $"{files.Count} file rows; left in the inbox: {leftovers.Count}");
        foreach (var f in files.Where(f => f.Status == "quarantined")) output.WriteLine($"  quarantined: « {f.ErrorFr} »");
    }

    private static string Outcome(List<Invariants.FileRow> files, string name) =>
        files.FirstOrDefault(f => f.OriginalName.EndsWith(name, StringComparison.Ordinal)) is { } f ? f.Status : "ignored";

    private static byte[] Encrypted(byte[] pdf)
    {
        var dir = Repo.TempDir("intake-rel-qpdf");
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "in.pdf"), pdf);
            TestFiles.Run("qpdf", "--encrypt", "lecture", "proprietaire", "256", "--", Path.Combine(dir, "in.pdf"), Path.Combine(dir, "out.pdf"));
            return File.ReadAllBytes(Path.Combine(dir, "out.pdf"));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}

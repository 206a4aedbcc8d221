using Intake.Corpus.Content;
using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Corpus.Planning;
using Intake.Corpus.Rendering;
using Intake.Corpus.Scenarios;
using Intake.Corpus.Training;
using Intake.Corpus.Writers;

namespace Intake.Corpus;

/// <summary>
/// Deterministic generator of sample mail: OUT/inbox/YYYY-MM-DD/&lt;file&gt; plus OUT/truth/files/…json and
/// OUT/truth/dossiers.json (docs/evaluation.md). Same options, same bytes.
/// </summary>
public static class CorpusGenerator
{
    private sealed record PlannedFile(int Day, FileKind Kind, List<Document> Documents, bool HasClaim)
    {
        public byte[]? Broken { get; init; }
        public string? BrokenName { get; init; }
    }

    public static CorpusSummary Generate(CorpusOptions options)
    {
        var baseDate = options.BaseDate ?? CorpusOptions.DefaultBaseDate;
        if (baseDate < CorpusOptions.MinBaseDate || baseDate > CorpusOptions.MaxBaseDate)
            throw new ArgumentOutOfRangeException(nameof(options), $"base date must lie between {CorpusOptions.MinBaseDate} and {CorpusOptions.MaxBaseDate}");
        var days = MailCalendar.Days(baseDate);
        var inbox = Path.Combine(options.OutputDirectory, "inbox");
        var truthFiles = Path.Combine(options.OutputDirectory, "truth", "files");
        if (Directory.Exists(inbox)) Directory.Delete(inbox, true);
        if (Directory.Exists(truthFiles)) Directory.Delete(truthFiles, true);

        var instances = Instances(options);
        bool large = options.Profile == CorpusProfile.Large;
        var planned = new List<PlannedFile>();
        foreach (var (key, scenario) in instances)
        {
            var ctx = new DossierContext(scenario, key, StableSeed.Random(options.Seed, "dossier:" + key), days);
            foreach (var mail in scenario.Mail)
            {
                int reportPages = large ? 3 + ctx.Rng.Next(6) : 3;
                var kind = ClaimFormKind(mail, large, ctx.Rng);
                var docs = mail.Pieces.Select(p => DossierDocuments.Build(ctx, p, mail.Day, kind, reportPages)).ToList();
                planned.Add(new PlannedFile(mail.Day, kind, docs, mail.Pieces.Contains(Piece.Cerfa)));
            }
        }
        int groups = large ? Math.Max(1, instances.Count / ScenarioCatalogue.All.Count) : 1;
        var misc = StableSeed.Random(options.Seed, "misc");
        var people = new PersonFactory(misc);
        for (int g = 0; g < groups; g++)
        {
            planned.Add(new PlannedFile(1, FileKind.ScannedPdf, [Letters.Unrelated(people, misc, days[1].AddDays(-3))], false));
            planned.Add(new PlannedFile(2, FileKind.Jpeg, [Letters.Invoice(people, misc, days[2].AddDays(-6))], false));
            planned.Add(new PlannedFile(3, FileKind.Png, [Letters.Leaflet(misc, days[3])], false));
            planned.Add(new PlannedFile(0, FileKind.TextPdf, [Letters.Unrelated(people, misc, days[0].AddDays(-4))], false));
            planned.Add(new PlannedFile(2, FileKind.TiffG4, [Letters.Invoice(people, misc, days[2].AddDays(-5)), Letters.Unrelated(people, misc, days[2].AddDays(-5))], false));
            planned.AddRange(BrokenFiles(misc, g));
        }

        var rng = StableSeed.Random(options.Seed, "files");
        int scanCounter = 1 + rng.Next(40), blanks = 0, flipped = 0, files = 0, pages = 0, broken = 0;
        long bytes = 0;
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var renders = new List<(string Path, FileRenderer.Request Request)>();
        for (int day = 0; day < days.Count; day++)
        {
            string dayName = FrenchDates.Iso(days[day]);
            Directory.CreateDirectory(Path.Combine(inbox, dayName));
            Directory.CreateDirectory(Path.Combine(truthFiles, dayName));
            foreach (var file in planned.Where(f => f.Day == day).OrderByDescending(f => f.HasClaim).ToList())
            {
                string name = file.BrokenName ?? Name(file.Kind, days[day], rng, ref scanCounter, usedNames);
                if (file.BrokenName is not null && file.BrokenName.StartsWith("scan_", StringComparison.Ordinal))
                    name = $"scan_{scanCounter++:0000}.pdf";
                usedNames.Add(dayName + "/" + name);
                byte[]? data = null;
                string truth;
                if (file.Broken is not null)
                {
                    data = file.Broken;
                    truth = TruthJson.Serialize(TruthJson.Quarantined());
                    broken++;
                }
                else
                {
                    bool scanned = file.Kind is FileKind.ScannedPdf or FileKind.Tiff or FileKind.TiffG4;
                    if (scanned && (blanks < 2 || rng.Next(5) == 0))
                    {
                        var doc = file.Documents[rng.Next(file.Documents.Count)];
                        doc.InsertBlankAfter(0);
                        blanks++;
                    }
                    int pageCount = file.Documents.Sum(d => d.Pages.Count);
                    int turned = -1; // a page fed sideways or upside down
                    if (scanned && pageCount > 1 && (flipped < 2 || rng.Next(12) == 0))
                    {
                        turned = rng.Next(pageCount);
                        if (file.Documents.SelectMany(d => d.Pages).ElementAt(turned).IsBlank) turned = -1;
                        else flipped++;
                    }
                    string? stamp = scanned && rng.Next(10) < 6 ? $"REÇU LE {FrenchDates.Stamp(days[day])}" : null;
                    var fileRng = StableSeed.Random(options.Seed, "render:" + dayName + "/" + name);
                    renders.Add((Path.Combine(inbox, dayName, name), new FileRenderer.Request(file.Documents, file.Kind, fileRng, stamp, turned)));
                    truth = TruthJson.Serialize(TruthJson.File(file.Documents));
                    pages += pageCount;
                }
                if (data is not null)
                {
                    File.WriteAllBytes(Path.Combine(inbox, dayName, name), data);
                    bytes += data.Length;
                }
                File.WriteAllText(Path.Combine(truthFiles, dayName, name + ".json"), truth);
                files++;
            }
        }
        // Rendering takes most of the time and every file has its own random source: files are rendered side by side.
        Parallel.ForEach(renders, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            var data = FileRenderer.Render(job.Request);
            File.WriteAllBytes(job.Path, data);
            Interlocked.Add(ref bytes, data.Length);
        });
        var dossiers = new System.Text.Json.Nodes.JsonArray(instances.Select(i => (System.Text.Json.Nodes.JsonNode?)TruthJson.Dossier(i.Key, i.Scenario, days)).ToArray());
        File.WriteAllText(Path.Combine(options.OutputDirectory, "truth", "dossiers.json"), TruthJson.Serialize(dossiers));
        return new CorpusSummary(files, pages, instances.Count, broken, bytes);
    }

    /// <summary>
    /// A claim form sent on its own and typed on a computer arrives as a typed PDF or a form filled on screen; in the
    /// Large profile, any claim form sent alone may also be a printed, hand-filled and scanned copy. (The catalogue's
    /// form filled on screen stays one, so that every file kind appears in the Small profile.)
    /// </summary>
    private static FileKind ClaimFormKind(MailFile mail, bool large, Random rng)
    {
        if (mail.Pieces is not [Piece.Cerfa]) return mail.Kind;
        if (large) return rng.Next(3) switch { 0 => FileKind.AcroFormPdf, 1 => FileKind.TextPdf, _ => FileKind.ScannedPdf };
        return mail.Kind == FileKind.TextPdf && rng.Next(2) == 0 ? FileKind.AcroFormPdf : mail.Kind;
    }

    private static List<(string Key, Scenario Scenario)> Instances(CorpusOptions o)
    {
        var all = ScenarioCatalogue.All;
        if (o.Profile == CorpusProfile.Small)
            return all.Take(Math.Clamp(o.Dossiers ?? all.Count, 1, all.Count)).Select(s => (s.Id, s)).ToList();
        int n = Math.Max(1, o.Dossiers ?? all.Count * 4);
        return Enumerable.Range(0, n).Select(i => ($"D{i + 1:000}", all[i % all.Count])).ToList();
    }

    private static IEnumerable<PlannedFile> BrokenFiles(Random rng, int group)
    {
        var id = new byte[16];
        rng.NextBytes(id);
        var valid = Writers.PdfWriters.Write([new TextPage(Rendering.LayoutEngine.Layout(
            new PageBuilder().Title("Document").Text("Ce fichier a été tronqué pendant la transmission.").Build(), false))]);
        yield return new PlannedFile(0, FileKind.ScannedPdf, [], false) { Broken = Writers.BrokenFiles.Empty(), BrokenName = "scan_" };
        yield return new PlannedFile(1, FileKind.ScannedPdf, [], false) { Broken = Writers.BrokenFiles.Truncated(valid, 0.45), BrokenName = "scan_" };
        yield return new PlannedFile(2, FileKind.TextPdf, [], false) { Broken = Writers.BrokenFiles.TextPretendingToBePdf(), BrokenName = $"document_{group + 1:00}.pdf" };
        yield return new PlannedFile(3, FileKind.TextPdf, [], false) { Broken = Writers.BrokenFiles.Encrypted("cci2026", "owner", id), BrokenName = $"courriel_protege_{group + 1:00}.pdf" };
    }

    private static string Name(FileKind kind, DateOnly day, Random rng, ref int scanCounter, HashSet<string> used)
    {
        string dayIso = FrenchDates.Iso(day);
        string Unique(Func<int, string> make)
        {
            for (int k = 1; ; k++)
            {
                var n = make(k);
                if (!used.Contains(dayIso + "/" + n)) return n;
            }
        }
        switch (kind)
        {
            case FileKind.ScannedPdf or FileKind.MixedPdf: return $"scan_{scanCounter++:0000}.pdf";
            case FileKind.Tiff or FileKind.TiffG4: return Unique(k => k == 1 ? $"courrier-{dayIso}.tif" : $"courrier-{dayIso}-{k}.tif");
            case FileKind.Jpeg: { int n = rng.Next(1000, 9999); return Unique(k => $"IMG_{n + k - 1}.jpg"); }
            case FileKind.Png:
            {
                string t = $"{rng.Next(8, 18):00}{rng.Next(60):00}{rng.Next(60):00}";
                return Unique(k => $"Scan_{day:yyyyMMdd}_{t}{(k == 1 ? "" : "_" + k)}.png");
            }
            case FileKind.AcroFormPdf: return Unique(k => $"cerfa_12245-03_{k}.pdf");
            default: return Unique(k => $"courriel_{dayIso}_{k}.pdf");
        }
    }

    /// <summary>
    /// Page texts for the page classifier, WITHOUT rasterising: every page is laid out as the files are and read in
    /// the text stage's reading order (<see cref="ReadingOrder"/>), as a scan, a typed PDF or a form filled on screen.
    /// With <paramref name="ocrNoise"/>, the text also gets OCR-like character confusions.
    /// </summary>
    public static IEnumerable<LabeledPage> TrainingPages(int seed, int count, bool ocrNoise = false)
    {
        var days = MailCalendar.Days(CorpusOptions.DefaultBaseDate);
        var all = ScenarioCatalogue.All;
        var noise = StableSeed.Random(seed, "noise");
        var reading = StableSeed.Random(seed, "reading");
        int produced = 0;
        var rareCounts = RarePieces.ToDictionary(p => p, _ => 0);
        for (int i = 0; produced < count; i++)
        {
            var s = all[i % all.Count];
            var ctx = new DossierContext(s, $"T{i}", StableSeed.Random(seed, "train:" + i), days);
            var docs = new List<(Document Doc, FileKind Kind)>();
            foreach (var mail in s.Mail)
            {
                var kind = MailKind(mail.Pieces, ctx.Rng);
                docs.AddRange(mail.Pieces.Select(p => (DossierDocuments.Build(ctx, p, mail.Day, kind, 3 + ctx.Rng.Next(6)), kind)));
            }
            docs.Add(CoverageDocument(ctx, rareCounts, seed, i, days));
            var misc = new PersonFactory(ctx.Rng);
            int extra = i % 3;
            docs.Add((extra == 0 ? Letters.Unrelated(misc, ctx.Rng, days[1])
                : extra == 1 ? Letters.Invoice(misc, ctx.Rng, days[2])
                : Letters.Leaflet(ctx.Rng, days[3]), FileKind.ScannedPdf));
            foreach (var (doc, kind) in docs)
            {
                if (ctx.Rng.Next(10) == 0) doc.InsertBlankAfter(0);
                var source = kind switch
                {
                    FileKind.AcroFormPdf => PageSource.AcroForm,
                    FileKind.TextPdf => PageSource.TextLayer,
                    _ => PageSource.Scan,
                };
                var options = new ReadingOptions(source, source == PageSource.Scan && reading.Next(2) == 0 ? reading : null);
                for (int p = 0; p < doc.Pages.Count && produced < count; p++, produced++)
                {
                    var page = doc.Pages[p];
                    string text = ReadingOrder.Text(LayoutEngine.Layout(page, false), options);
                    if (ocrNoise && !page.IsBlank) text = OcrNoise.Apply(text, noise);
                    yield return new LabeledPage(text, doc.Type, p == 0, p, page.IsBlank);
                }
                if (produced >= count) yield break;
            }
        }
    }

    /// <summary>
    /// Pieces few dossiers receive (a death act, a family-link proof, a court order, a social-security attestation, a
    /// sick-leave paper): in the scenarios' own mail each of their templates would be seen a handful of times in
    /// thousands of pages, too few for the model to learn them rather than the words they share with commoner types
    /// ("décédé", "né le", "officier de l'état civil"). Each training dossier adds one, written for it when its scenario
    /// allows it, or else in a dossier of a scenario that plans it (a death act needs a death), with other people:
    /// the piece added least so far.
    /// </summary>
    private static readonly Piece[] RarePieces = [Piece.ActeDeces, Piece.Lien, Piece.Jugement, Piece.Attestation, Piece.ArretTravail];

    private static (Document, FileKind) CoverageDocument(DossierContext ctx, Dictionary<Piece, int> added, int seed, int dossier, IReadOnlyList<DateOnly> days)
    {
        var rare = RarePieces.MinBy(p => added[p]);
        added[rare]++;
        var kind = ctx.Rng.Next(3) == 0 ? FileKind.TextPdf : FileKind.ScannedPdf;
        var owner = CoverageContext(ctx, rare, seed, dossier, days);
        return (DossierDocuments.Build(owner, rare, owner.Scenario.Mail[^1].Day, kind, 3), kind);
    }

    private static DossierContext CoverageContext(DossierContext ctx, Piece piece, int seed, int dossier, IReadOnlyList<DateOnly> days)
    {
        var request = new PieceRequest(ctx, piece, ctx.Scenario.Mail[^1].Day, FileKind.ScannedPdf);
        if (DossierDocuments.Templates.Any(t => t.Applies(request))) return ctx;
        var planning = ScenarioCatalogue.All.Where(s => s.Mail.Any(m => m.Pieces.Contains(piece))).ToList();
        var rng = StableSeed.Random(seed, "coverage:" + dossier);
        return new DossierContext(planning[rng.Next(planning.Count)], $"C{dossier}", rng, days);
    }

    /// <summary>How a training mail arrives: a claim form sent alone is a scan, a typed PDF or a form filled on screen.</summary>
    private static FileKind MailKind(Piece[] pieces, Random rng)
    {
        if (pieces is [Piece.Cerfa]) return rng.Next(3) switch { 0 => FileKind.AcroFormPdf, 1 => FileKind.TextPdf, _ => FileKind.ScannedPdf };
        return rng.Next(3) == 0 ? FileKind.TextPdf : FileKind.ScannedPdf;
    }
}

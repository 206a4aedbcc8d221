using System.Diagnostics;

namespace Intake.Pipeline.Steps;

/// <summary>
/// Stages 2 to 5, in this order, on one stored original: read text → classify pages → split into
/// documents → extract fields. Pure computation on the file; nothing is written here.
/// </summary>
public sealed class FileAnalyzer(ITextStage text, IClassificationStage classification, IExtractionStage extraction)
{
    public Task<FileAnalysis> AnalyzeAsync(string path, CancellationToken ct) => AnalyzeAsync(path, null, ct);

    /// <param name="receivedOn">The day the file's mail came in: a date read later than that is a misreading.</param>
    public async Task<FileAnalysis> AnalyzeAsync(string path, DateOnly? receivedOn, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var fileText = await text.ReadAsync(path, ct);
        var readMs = sw.Elapsed.TotalMilliseconds;

        sw.Restart();
        var (pages, split) = classification.ClassifyAndSplit(fileText);
        var classifyMs = sw.Elapsed.TotalMilliseconds;

        sw.Restart();
        var documents = new List<AnalyzedDocument>(split.Count);
        foreach (var d in split)
        {
            ct.ThrowIfCancellationRequested();
            var docPages = fileText.Pages.Where(p => p.Number >= d.FirstPage && p.Number <= d.LastPage).ToList();
            var formFields = fileText.FormFields.Where(f => f.Page >= d.FirstPage && f.Page <= d.LastPage).ToList();
            var fields = extraction.Extract(d.Type, docPages, formFields, receivedOn);
            documents.Add(new AnalyzedDocument(d.Type, d.Confidence, d.FirstPage, d.LastPage, fields, d.Flags));
        }
        var extractMs = sw.Elapsed.TotalMilliseconds;
        return new FileAnalysis(fileText, pages, documents, new StageTimings(readMs, classifyMs, extractMs));
    }
}

using Intake.Domain.Documents;
using Intake.Domain.Fields;

namespace Intake.Pipeline.Steps;

/// <summary>Stage 2: the text of every page (text layer or OCR). Throws UnreadableFileException for broken files.</summary>
public interface ITextStage
{
    Task<FileText> ReadAsync(string path, CancellationToken ct);

    /// <summary>Pages <paramref name="firstPage"/> to <paramref name="lastPage"/> only (one document of the file, read again).</summary>
    Task<FileText> ReadPagesAsync(string path, int firstPage, int lastPage, CancellationToken ct);
}

/// <summary>Stages 3 and 4: a type for every page, and pages grouped into logical documents.</summary>
public interface IClassificationStage
{
    (IReadOnlyList<PageLabel> Pages, IReadOnlyList<(string Type, double Confidence, int FirstPage, int LastPage, IReadOnlyList<string> Flags)> Documents)
        ClassifyAndSplit(FileText text);
}

/// <summary>Stage 5: the canonical fields of one logical document.</summary>
public interface IExtractionStage
{
    /// <param name="receivedOn">The day the document's mail came in, when known: a date read later is doubtful.</param>
    IReadOnlyList<ExtractedField> Extract(string type, IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields, DateOnly? receivedOn = null);
}

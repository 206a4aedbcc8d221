using Intake.Domain.Documents;
using Intake.Text;
using Intake.Text.Sniffing;

namespace Intake.Pipeline.Steps;

/// <summary>Stage 2 through Intake.Text (PdfPig text layer, Tesseract OCR with one engine per worker thread).</summary>
public sealed class TextStage(FileTextReader reader) : ITextStage, IDisposable
{
    public void Dispose() => reader.Dispose();

    public FileTextReader Reader => reader;

    public Task<FileText> ReadAsync(string path, CancellationToken ct) => Translate(() => reader.ReadAsync(path, ct));

    public Task<FileText> ReadPagesAsync(string path, int firstPage, int lastPage, CancellationToken ct) =>
        Translate(() => reader.ReadAsync(path, firstPage, lastPage, ct));

    private static async Task<FileText> Translate(Func<Task<FileText>> read)
    {
        try
        {
            return await read();
        }
        catch (UnreadableFileException e)
        {
            throw new FileUnreadableException(e.Code, e.ReasonFr, e);
        }
    }
}

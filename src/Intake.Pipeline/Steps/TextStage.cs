using Intake.Domain.Documents;
using Intake.Text;
using Intake.Text.Sniffing;

namespace Intake.Pipeline.Steps;

/// <summary>Stage 2 through Intake.Text (PdfPig text layer, Tesseract OCR with one engine per worker thread).</summary>
public sealed class TextStage(FileTextReader reader) : ITextStage, IDisposable
{
    public void Dispose() => reader.Dispose();

    public FileTextReader Reader => reader;

    public async Task<FileText> ReadAsync(string path, CancellationToken ct)
    {
        try
        {
            return await reader.ReadAsync(path, ct);
        }
        catch (UnreadableFileException e)
        {
            throw new FileUnreadableException(e.Code, e.ReasonFr, e);
        }
    }
}

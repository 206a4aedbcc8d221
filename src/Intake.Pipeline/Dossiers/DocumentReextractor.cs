using Intake.Domain.Fields;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Steps;

namespace Intake.Pipeline.Dossiers;

/// <summary>
/// Reads one document of an archived original again — its pages only, through the same text stage as the
/// worker (text layer or OCR, page rasters for checkboxes) — and extracts its fields under a given type:
/// a reviewer corrected the type, so the fields read under the old one no longer hold.
/// </summary>
public sealed class DocumentReextractor(ArchiveStore archive, ITextStage text, IExtractionStage extraction)
{
    public async Task<IReadOnlyList<ExtractedField>> ExtractAsync(string archivePath, int firstPage, int lastPage, string type, DateOnly receivedOn, CancellationToken ct)
    {
        var path = archive.FullPath(archivePath);
        if (!File.Exists(path))
            throw new RefusedException(Refusal.Conflict("Le fichier d'origine n'est plus conservé (durée de conservation écoulée) : le document ne peut pas être relu sous un autre type."));
        try
        {
            var read = await text.ReadPagesAsync(path, firstPage, lastPage, ct);
            return extraction.Extract(type, read.Pages, read.FormFields, receivedOn);
        }
        catch (FileUnreadableException e)
        {
            throw new RefusedException(Refusal.Conflict($"Le fichier d'origine ne peut pas être relu : {e.ReasonFr}"));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new RefusedException(Refusal.Conflict("Les pages de ce document ne se trouvent plus dans le fichier d'origine."));
        }
    }
}

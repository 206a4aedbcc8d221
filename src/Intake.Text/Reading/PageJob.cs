using Intake.Domain.Documents;
using Intake.Text.Images;
using Intake.Text.Layout;
using Intake.Text.Ocr;

namespace Intake.Text.Reading;

/// <summary>One page to produce: either already read (text layer) or a raster still to OCR.</summary>
internal abstract record PageJob(int Number);

/// <summary>A page read from the PDF's text layer.</summary>
internal sealed record ReadyPageJob(PageText Page, PageTiming Timing) : PageJob(Page.Number);

/// <summary>
/// A page to OCR. <see cref="LoadRaster"/> runs on the OCR worker thread (decoding or rendering in parallel);
/// it must not touch the PdfPig document, which is not thread-safe.
/// </summary>
internal sealed record OcrPageJob(int Number, Func<CancellationToken, LoadedRaster> LoadRaster, double TextLayerMs, IReadOnlyList<Word> ExtraWords)
    : PageJob(Number);

/// <summary>A decoded raster, where it sits on the page, its resolution (and where that comes from) and what it cost to get it.</summary>
internal sealed record LoadedRaster(Pix Pix, PageResolution Resolution, PagePlacement Placement, double RenderMs, double DecodeMs)
{
    public double DpiX => Resolution.DpiX;
    public double DpiY => Resolution.DpiY;
}

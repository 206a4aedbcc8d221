using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Cerfa;
using Intake.Extraction.Common;
using Intake.Extraction.Documents;
using Intake.Extraction.Report;

namespace Intake.Extraction;

/// <summary>
/// Entry point of field extraction: dispatches a logical document to the extractor of its type and puts the
/// confidences on the review threshold's scale (<see cref="Calibration"/>); a date later than the day its mail came
/// in goes to review (<see cref="ReceiptPlausibility"/>).
/// Types without a dedicated extractor get the victim's identity when it is printed (used for attachment).
/// </summary>
public sealed class FieldExtractor
{
    private readonly Dictionary<string, IFieldExtractor> byType;
    private readonly IFieldExtractor fallback = new GenericExtractor(DocumentType.Autre);

    public FieldExtractor() : this(DefaultExtractors()) { }

    public FieldExtractor(IEnumerable<IFieldExtractor> extractors) => byType = extractors.ToDictionary(e => e.Type);

    public static IReadOnlyList<IFieldExtractor> DefaultExtractors() =>
    [
        new CerfaExtractor(), new ReportExtractor(), new IdentityDocumentExtractor(), new SocialSecurityExtractor(),
        new SickLeaveExtractor(), new DeathCertificateExtractor(), new GuardianshipExtractor(),
        new MedicalCertificateExtractor(), new LetterExtractor(),
        new GenericExtractor(DocumentType.DocumentMedical), new GenericExtractor(DocumentType.JustificatifLien),
        new GenericExtractor(DocumentType.JustificatifFrais),
    ];

    /// <summary>The canonical fields of one logical document (no IO, deterministic).</summary>
    /// <param name="documentType">A code of <see cref="DocumentType"/>.</param>
    /// <param name="pages">The document's pages (PageText.Number is the page number in the file).</param>
    /// <param name="formFields">The file's AcroForm fields on those pages (may be empty).</param>
    /// <param name="receivedOn">The day the document's mail came in, when known.</param>
    public IReadOnlyList<ExtractedField> Extract(string documentType, IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields, DateOnly? receivedOn = null)
    {
        var pageNumbers = pages.Select(p => p.Number).ToHashSet();
        var fields = formFields.Where(f => pageNumbers.Contains(f.Page)).ToList();
        var extractor = byType.GetValueOrDefault(documentType) ?? fallback;
        var calibrated = extractor.Extract(pages, fields).Select(f => f with { Confidence = Calibration.Apply(f.Confidence) }).ToList();
        return ReceiptPlausibility.Apply(calibrated, receivedOn);
    }
}

using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction;

namespace Intake.Pipeline.Steps;

/// <summary>Stage 5 through Intake.Extraction (labels and context, never fixed coordinates).</summary>
public sealed class ExtractionStage(FieldExtractor extractor) : IExtractionStage
{
    public IReadOnlyList<ExtractedField> Extract(string type, IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields, DateOnly? receivedOn = null) =>
        extractor.Extract(type, pages, formFields, receivedOn);
}

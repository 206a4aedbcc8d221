using Intake.Domain.Documents;
using Intake.Domain.Fields;

namespace Intake.Extraction;

/// <summary>Extracts the canonical fields of one document type. Pure: no IO, deterministic.</summary>
public interface IFieldExtractor
{
    /// <summary>The document type code (Intake.Domain.Documents.DocumentType) this extractor handles.</summary>
    string Type { get; }

    /// <summary>The fields of one logical document, given its pages and the file's form fields on those pages.</summary>
    IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields);
}

namespace Intake.Classification.Training;

/// <summary>One labelled page for training or evaluation.</summary>
/// <param name="Text">Raw page text, lines separated by '\n'.</param>
/// <param name="Type">Document type code.</param>
/// <param name="IsFirstPage">The page opens its logical document.</param>
/// <param name="PageIndex">0-based position of the page in its file (in its document when the file is unknown).</param>
/// <param name="PageCount">Number of pages of that file (or document).</param>
/// <param name="MeanConfidence">Mean OCR confidence (0–1 or 0–100); null for a text layer.</param>
/// <param name="IsBlank">Known blank page: skipped by training (blank detection is rule-based).</param>
public sealed record TrainingPage(
    string Text,
    string Type,
    bool IsFirstPage,
    int PageIndex,
    int PageCount,
    double? MeanConfidence = null,
    bool IsBlank = false);

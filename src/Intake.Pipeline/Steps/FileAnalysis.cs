using Intake.Domain.Documents;
using Intake.Domain.Fields;

namespace Intake.Pipeline.Steps;

/// <summary>The type the classifier gave one page.</summary>
public sealed record PageLabel(int Page, string Type, double Confidence, bool IsBlank);

/// <summary>A logical document found in a file: a run of pages of one type, with its fields.</summary>
public sealed record AnalyzedDocument(
    string Type,
    double TypeConfidence,
    int FirstPage,
    int LastPage,
    IReadOnlyList<ExtractedField> Fields,
    IReadOnlyList<string> Flags);

/// <summary>Time spent in each stage for one file, for the benchmark and the file list.</summary>
public sealed record StageTimings(double ReadTextMs, double ClassifyMs, double ExtractMs)
{
    public double TotalMs => ReadTextMs + ClassifyMs + ExtractMs;
}

/// <summary>Everything the pipeline understood of one file, before it is stored.</summary>
public sealed record FileAnalysis(
    FileText Text,
    IReadOnlyList<PageLabel> Pages,
    IReadOnlyList<AnalyzedDocument> Documents,
    StageTimings Timings);

using System.Diagnostics;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Pipeline.Steps;

namespace Intake.App.Bench;

/// <summary>Wall time the file processor spent in each analysis stage (summed over files; calls are sequential).</summary>
public sealed class StageClock
{
    public double TextWaitMs;
    public double ClassifyMs;
    public double ExtractMs;

    public double AnalysisMs => TextWaitMs + ClassifyMs + ExtractMs;
}

public sealed class TimedClassificationStage(IClassificationStage inner, StageClock clock) : IClassificationStage
{
    public (IReadOnlyList<PageLabel> Pages, IReadOnlyList<(string Type, double Confidence, int FirstPage, int LastPage, IReadOnlyList<string> Flags)> Documents)
        ClassifyAndSplit(FileText text)
    {
        var sw = Stopwatch.StartNew();
        try { return inner.ClassifyAndSplit(text); }
        finally { clock.ClassifyMs += sw.Elapsed.TotalMilliseconds; }
    }
}

public sealed class TimedExtractionStage(IExtractionStage inner, StageClock clock) : IExtractionStage
{
    public IReadOnlyList<ExtractedField> Extract(string type, IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields, DateOnly? receivedOn = null)
    {
        var sw = Stopwatch.StartNew();
        try { return inner.Extract(type, pages, formFields, receivedOn); }
        finally { clock.ExtractMs += sw.Elapsed.TotalMilliseconds; }
    }
}

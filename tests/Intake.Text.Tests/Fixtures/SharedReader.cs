namespace Intake.Text.Tests.Fixtures;

/// <summary>One reader (and Tesseract pool) for the whole test run: engines are initialised once.</summary>
internal static class SharedReader
{
    public static readonly FileTextReader Instance = new(new TextOptions { DegreeOfParallelism = 2 });
}

using System.Diagnostics;
using Intake.Classification.Tests.Support;
using Intake.Classification.Training;
using Xunit.Abstractions;
namespace Intake.Classification.Tests.Training;
public class DebugTmpTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(0.01f, 30, true)]
    [InlineData(0.1f, 30, true)]
    [InlineData(0.01f, 30, false)]
    [InlineData(0.01f, 10, false)]
    public void Time(float tol, int iters, bool firstPage)
    {
        var pages = CorpusPages.Generate(1, 700);
        output.WriteLine($"chars {pages.Sum(p => p.Text.Length)}");
        var sw = Stopwatch.StartNew();
        var r = ClassifierTrainer.Train(pages, new TrainingOptions { Seed = 1, HeldOutFraction = 0.15, TrainedAt = default, ConvergenceTolerance = tol, MaximumIterations = iters, TrainFirstPageModel = firstPage });
        output.WriteLine($"train {sw.ElapsedMilliseconds} ms acc {r.Metadata.HeldOut.Accuracy}");
        sw.Restart();
        var m = ClassifierEvaluator.Evaluate(r.Classifier, CorpusPages.Generate(2, 350));
        output.WriteLine($"eval {sw.ElapsedMilliseconds} ms acc {m.Accuracy}");
    }
}

using Intake.Classification.Training;
using Intake.Corpus;

namespace Intake.Classification.Tests.Support;

/// <summary>Pages of the corpus generator (<see cref="CorpusGenerator.TrainingPages"/>) as training pages.</summary>
public static class CorpusPages
{
    public static IReadOnlyList<TrainingPage> Generate(int seed, int count, bool ocrNoise = true) =>
        ToTraining(CorpusGenerator.TrainingPages(seed, count, ocrNoise).ToArray());

    /// <summary>Maps labelled pages, counting each document's pages (a document starts at its first page).</summary>
    public static IReadOnlyList<TrainingPage> ToTraining(IReadOnlyList<LabeledPage> pages)
    {
        var result = new List<TrainingPage>(pages.Count);
        for (int start = 0; start < pages.Count;)
        {
            int end = start + 1;
            while (end < pages.Count && !pages[end].IsFirstPage) end++;
            for (int i = start; i < end; i++)
            {
                var p = pages[i];
                result.Add(new TrainingPage(p.Text, p.DocumentType, p.IsFirstPage, p.PageIndexInDocument, end - start, null, p.IsBlank));
            }
            start = end;
        }
        return result;
    }
}

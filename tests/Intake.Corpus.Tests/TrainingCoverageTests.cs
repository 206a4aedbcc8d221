using Intake.Domain.Documents;

namespace Intake.Corpus.Tests;

/// <summary>
/// The classifier's training pages hold every document type often enough to learn it: pieces few scenarios plan
/// (a death act, a court order) are added to training dossiers in turn.
/// </summary>
public class TrainingCoverageTests
{
    [Fact]
    public void Every_type_opens_at_least_one_document_in_sixty_of_the_training_pages()
    {
        var pages = CorpusGenerator.TrainingPages(seed: 20261, count: 1200).ToList();
        var firsts = pages.Where(p => p.IsFirstPage).GroupBy(p => p.DocumentType).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(DocumentType.All, t => Assert.True(firsts.GetValueOrDefault(t) >= pages.Count / 60,
            $"{t}: {firsts.GetValueOrDefault(t)} documents in {pages.Count} pages"));
    }
}

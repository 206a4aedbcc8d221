using Intake.Domain.Documents;

namespace Intake.Corpus.Tests;

public sealed class TrainingPagesTests
{
    [Fact]
    public void Yields_the_requested_count_deterministically_for_every_type()
    {
        var a = CorpusGenerator.TrainingPages(5, 600).ToList();
        var b = CorpusGenerator.TrainingPages(5, 600).ToList();
        Assert.Equal(600, a.Count);
        Assert.Equal(a, b);
        Assert.Empty(DocumentType.All.Except(a.Select(p => p.DocumentType)));
        Assert.Contains(a, p => p.IsBlank && p.Text.Length == 0 && !p.IsFirstPage);
        Assert.All(a.Where(p => !p.IsBlank), p => Assert.False(string.IsNullOrWhiteSpace(p.Text)));
        Assert.All(a, p => Assert.Equal(p.PageIndexInDocument == 0, p.IsFirstPage));
        Assert.Contains(a, p => p.DocumentType == DocumentType.DemandeIndemnisation && p.Text.Contains("12245", StringComparison.Ordinal));
        Assert.Contains(a, p => p.DocumentType == DocumentType.RapportExpertise &&
                               (p.Text.Contains("AIPP", StringComparison.Ordinal) || p.Text.Contains("DFP", StringComparison.Ordinal)));
        Assert.NotEqual(a.Select(p => p.Text), CorpusGenerator.TrainingPages(6, 600).Select(p => p.Text));
    }

    [Fact]
    public void Ocr_noise_corrupts_text_but_keeps_labels()
    {
        var clean = CorpusGenerator.TrainingPages(9, 200).ToList();
        var noisy = CorpusGenerator.TrainingPages(9, 200, ocrNoise: true).ToList();
        Assert.Equal(clean.Select(p => p.DocumentType), noisy.Select(p => p.DocumentType));
        int changed = clean.Zip(noisy).Count(x => x.First.Text != x.Second.Text);
        Assert.True(changed > 150, $"changed {changed}");
        Assert.Contains(noisy, p => p.Text.Contains("Medical", StringComparison.Ordinal) || p.Text.Contains("medical", StringComparison.Ordinal));
    }
}

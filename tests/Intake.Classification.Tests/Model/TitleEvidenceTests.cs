using Intake.Classification.Features;
using Intake.Classification.Model;
using Intake.Domain.Documents;

namespace Intake.Classification.Tests.Model;

/// <summary>A title at the top of a page is evidence for its type that the body's words of one sender do not outweigh.</summary>
public class TitleEvidenceTests
{
    private static readonly string Title = TextNormalizer.Normalize("Relevé des indemnités journalières");

    [Fact]
    public void A_page_shared_between_two_types_turns_to_the_type_its_title_names()
    {
        var shared = new Dictionary<string, double> { [DocumentType.JustificatifFrais] = 0.52, [DocumentType.ArretTravail] = 0.46, [DocumentType.Autre] = 0.02 };
        var after = TitleEvidence.Apply(shared, Title, TitleEvidence.DefaultOdds);
        Assert.Equal(DocumentType.ArretTravail, after.MaxBy(kv => kv.Value).Key);
        Assert.InRange(after[DocumentType.ArretTravail], 0.85, 0.92);
        Assert.Equal(1.0, after.Values.Sum(), 6);
        // the other types keep their proportions
        Assert.Equal(0.52 / 0.02, after[DocumentType.JustificatifFrais] / after[DocumentType.Autre], 6);
    }

    [Fact]
    public void A_page_the_model_is_sure_of_keeps_its_type_and_a_page_without_title_is_unchanged()
    {
        // the field "Arrêt de travail" at the top of a claim form's second page
        var form = new Dictionary<string, double> { [DocumentType.DemandeIndemnisation] = 0.997, [DocumentType.ArretTravail] = 0.001, [DocumentType.Autre] = 0.002 };
        var after = TitleEvidence.Apply(form, TextNormalizer.Normalize("Arrêt de travail"), TitleEvidence.DefaultOdds);
        Assert.Equal(DocumentType.DemandeIndemnisation, after.MaxBy(kv => kv.Value).Key);
        Assert.True(after[DocumentType.DemandeIndemnisation] > 0.98);
        Assert.Same(form, TitleEvidence.Apply(form, null, TitleEvidence.DefaultOdds));
    }

    [Fact]
    public void Every_title_names_a_catalogued_type()
    {
        Assert.All(FirstPageTitles.All, t => Assert.Contains(FirstPageTitles.TypeOf(t), DocumentType.All));
        Assert.Equal(DocumentType.ActeDeces, FirstPageTitles.TypeOf(FirstPageTitles.Match(TextNormalizer.Normalize("EXTRAIT D'ACTE DE DÉCÈS"))!));
    }
}

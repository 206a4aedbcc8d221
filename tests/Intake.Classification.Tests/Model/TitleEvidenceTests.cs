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
        Assert.InRange(after[DocumentType.ArretTravail], 0.98, 0.995);
        Assert.Equal(1.0, after.Values.Sum(), 6);
        // the other types keep their proportions
        Assert.Equal(0.52 / 0.02, after[DocumentType.JustificatifFrais] / after[DocumentType.Autre], 6);
    }

    [Fact]
    public void A_page_the_model_is_sure_of_keeps_its_type_and_a_page_without_title_is_unchanged()
    {
        // the field "Arrêt de travail" at the top of a claim form's second page
        var form = new Dictionary<string, double> { [DocumentType.DemandeIndemnisation] = 0.9993, [DocumentType.ArretTravail] = 0.0002, [DocumentType.Autre] = 0.0005 };
        var after = TitleEvidence.Apply(form, TextNormalizer.Normalize("Arrêt de travail"), TitleEvidence.DefaultOdds);
        Assert.Equal(DocumentType.DemandeIndemnisation, after.MaxBy(kv => kv.Value).Key);
        Assert.True(after[DocumentType.DemandeIndemnisation] > 0.95);
        Assert.Same(form, TitleEvidence.Apply(form, null, TitleEvidence.DefaultOdds));
    }

    [Fact]
    public void A_body_that_reads_like_another_type_gives_way_to_the_title()
    {
        // a full copy of a death act, in the civil-status wording the model learnt from birth acts
        var act = new Dictionary<string, double> { [DocumentType.JustificatifLien] = 0.975, [DocumentType.ActeDeces] = 0.014, [DocumentType.RapportExpertise] = 0.011 };
        var after = TitleEvidence.Apply(act, TextNormalizer.Normalize("Acte de décès"), TitleEvidence.DefaultOdds);
        Assert.Equal(DocumentType.ActeDeces, after.MaxBy(kv => kv.Value).Key);
    }

    [Fact]
    public void Every_title_names_a_catalogued_type()
    {
        Assert.All(FirstPageTitles.All, t => Assert.Contains(FirstPageTitles.TypeOf(t), DocumentType.All));
        Assert.Equal(DocumentType.ActeDeces, FirstPageTitles.TypeOf(FirstPageTitles.Match(TextNormalizer.Normalize("EXTRAIT D'ACTE DE DÉCÈS"))!));
    }
}

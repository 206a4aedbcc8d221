using Intake.Classification.Model;
using Intake.Classification.Tests.Support;
using Intake.Domain.Documents;

namespace Intake.Classification.Tests.Model;

[Collection(TrainedClassifierCollection.Name)]
public class PageClassifierTests(TrainedClassifierFixture fixture)
{
    private PageClassifier Classifier => fixture.Result.Classifier;

    [Fact]
    public void Classifies_unseen_generated_pages_of_every_type()
    {
        var random = new Random(2024);
        var wrong = new List<string>();
        int total = 0;
        foreach (var type in DocumentType.All)
        {
            for (int d = 0; d < 4; d++)
            {
                var doc = SyntheticCorpus.Document(type, random, noise: 0.04);
                for (int i = 0; i < doc.Pages.Count; i++, total++)
                {
                    var prediction = Classifier.Predict(PageTexts.FromText(doc.Pages[i]));
                    if (prediction.Type != type) wrong.Add($"{type} → {prediction.Type}");
                }
            }
        }
        Assert.True(wrong.Count <= total * 0.05, $"{wrong.Count}/{total} wrong: {string.Join("; ", wrong)}");
    }

    [Theory]
    [InlineData(DocumentType.CertificatMedical, "Dr Sophie LAURENT\nCERTIFICAT MÉDICAL\nJe soussignée, Docteur Sophie Laurent, certifie avoir examiné Mme Claire Dupuis.\nElle présente une paralysie faciale.\nFait à Lyon le 2 mai 2022")]
    [InlineData(DocumentType.PieceIdentite, "CARTE NATIONALE D'IDENTITÉ\nNom : DUPUIS\nPrénom(s) : CLAIRE\nNé(e) le : 03.07.1979\nIDFRADUPUIS<<<<<<<<<<<<<<<<<<<<<692013\n0712692013CLAIRE<<7907035F8")]
    [InlineData(DocumentType.Courrier, "Claire Dupuis\n4 impasse des Roses\nLyon, le 5 juin 2022\nObjet : mon dossier\nMadame, Monsieur,\nje vous adresse les documents manquants.\nVeuillez agréer mes salutations distinguées.")]
    [InlineData(DocumentType.JustificatifFrais, "Cabinet dentaire\nFACTURE N° 2022-118\nSoins dentaires 120,00 €\nTotal TTC 120,00 €\nMontant réglé")]
    [InlineData(DocumentType.ActeDeces, "EXTRAIT D'ACTE DE DÉCÈS\nLe douze mars deux mille vingt est décédé Paul Dupuis\nofficier de l'état civil de la mairie de Lyon")]
    [InlineData(DocumentType.JugementProtection, "Tribunal judiciaire de Lyon\nJuge des contentieux de la protection\nJUGEMENT\nplace Paul Dupuis sous curatelle renforcée\ndésigne sa fille en qualité de curatrice")]
    [InlineData(DocumentType.AttestationSecuriteSociale, "CPAM du Rhône\nAttestation de droits\nBénéficiaire Claire Dupuis\nNuméro de sécurité sociale 2 79 07 69 123 456 78")]
    [InlineData(DocumentType.ArretTravail, "Avis d'arrêt de travail\nArrêt de travail de prolongation du 01/06/2022 au 30/06/2022\nEmployeur : mairie de Lyon")]
    public void Classifies_hand_written_pages(string type, string text)
    {
        var prediction = Classifier.Predict(PageTexts.FromText(text));
        Assert.Equal(type, prediction.Type);
        Assert.False(prediction.IsBlank);
    }

    [Fact]
    public void Scores_cover_all_types_and_sum_to_one()
    {
        var prediction = Classifier.Predict("CERTIFICAT MÉDICAL\nje soussigné certifie avoir examiné le patient", 0.9);
        Assert.Equal(DocumentType.All.Order(), prediction.Scores.Keys.Order());
        Assert.Equal(1.0, prediction.Scores.Values.Sum(), 3);
        Assert.Equal(prediction.Scores.Values.Max(), prediction.Confidence, 6);
        Assert.NotEqual(prediction.Type, prediction.SecondBestType);
        Assert.Equal(1, prediction.PageNumber);
    }

    [Fact]
    public void Blank_page_is_marked_blank_and_not_flagged()
    {
        var prediction = Classifier.Predict(PageTexts.FromText(". ,"));
        Assert.True(prediction.IsBlank);
        Assert.Equal(1, prediction.PageNumber);
        Assert.Empty(prediction.Flags);
    }

    [Fact]
    public void Low_confidence_threshold_is_configurable()
    {
        var page = PageTexts.FromText("Quelques mots sans rapport avec quoi que ce soit\nmétéo du jour ensoleillée");
        var always = Classifier.WithOptions(new ClassifierOptions { LowConfidenceThreshold = 1.01 }).Predict(page);
        var never = Classifier.WithOptions(new ClassifierOptions { LowConfidenceThreshold = 0 }).Predict(page);
        Assert.Contains(PageFlags.LowConfidencePage, always.Flags);
        Assert.True(always.IsLowConfidence);
        Assert.Empty(never.Flags);
    }

    [Fact]
    public void Boundary_model_separates_first_pages_from_continuations()
    {
        Assert.True(Classifier.HasBoundaryModel);
        var random = new Random(99);
        var claim = SyntheticCorpus.Document(DocumentType.DemandeIndemnisation, random, 0);
        var report = SyntheticCorpus.Document(DocumentType.RapportExpertise, random, 0);
        var pages = claim.Pages.Take(2).Concat(report.Pages.Take(2)).Select(t => new SequencePage(t)).ToArray();
        var predictions = Classifier.PredictSequence(pages);
        Assert.Null(predictions[0].FirstPageProbability);
        Assert.True(predictions[1].FirstPageProbability < 0.5, $"claim page 2: {predictions[1].FirstPageProbability}");
        Assert.True(predictions[2].FirstPageProbability > 0.5, $"report page 1: {predictions[2].FirstPageProbability}");
        Assert.True(predictions[3].FirstPageProbability < 0.5, $"report page 2: {predictions[3].FirstPageProbability}");
    }

    [Fact]
    public void A_lone_page_has_no_boundary_probability() =>
        Assert.Null(Classifier.Predict("CERTIFICAT MÉDICAL\nje soussigné certifie avoir examiné le patient", 0.9).FirstPageProbability);

    [Fact]
    public void Parallel_predictions_equal_sequential_ones()
    {
        var random = new Random(5);
        var texts = DocumentType.All.Select(t => SyntheticCorpus.Document(t, random).Pages[0]).ToArray();
        var sequential = texts.Select(t => Classifier.Predict(t, 0.9)).ToArray();
        var parallel = new PagePrediction[texts.Length * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => parallel[i] = Classifier.Predict(texts[i % texts.Length], 0.9));
        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % texts.Length].Type, parallel[i].Type);
            Assert.Equal(sequential[i % texts.Length].Confidence, parallel[i].Confidence, 9);
        }
    }
}

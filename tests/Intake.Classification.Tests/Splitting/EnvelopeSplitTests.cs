using Intake.Classification.Splitting;
using Intake.Classification.Tests.Support;
using Intake.Domain.Documents;

namespace Intake.Classification.Tests.Splitting;

/// <summary>Classifier and splitter together on a synthetic scanned envelope.</summary>
[Collection(TrainedClassifierCollection.Name)]
public class EnvelopeSplitTests(TrainedClassifierFixture fixture)
{
    private static SyntheticDocument Make(string type, Random random, int pages)
    {
        while (true)
        {
            var doc = SyntheticCorpus.Document(type, random, noise: 0.02);
            if (doc.Pages.Count == pages) return doc;
        }
    }

    [Fact]
    public void Envelope_with_blank_backs_and_a_leading_blank_is_split_into_its_documents()
    {
        var random = new Random(404);
        var documents = new[]
        {
            Make(DocumentType.Courrier, random, 1),
            Make(DocumentType.DemandeIndemnisation, random, 3),
            Make(DocumentType.PieceIdentite, random, 1),
            Make(DocumentType.CertificatMedical, random, 1),
            Make(DocumentType.CertificatMedical, random, 1),
        };
        // leading blank page, then each sheet; the letter and the ID card have a blank back
        var texts = new List<string> { "" };
        foreach (var doc in documents)
        {
            texts.AddRange(doc.Pages);
            if (doc.Type is DocumentType.Courrier or DocumentType.PieceIdentite) texts.Add(" . ");
        }
        var pages = texts.Select((t, i) => PageTexts.FromText(t, i + 1)).ToArray();

        var result = fixture.Result.Classifier.Classify(pages);

        Assert.Equal([1, 3, 8], result.Pages.Where(p => p.IsBlank).Select(p => p.PageNumber));
        Assert.Equal(
            [(DocumentType.Courrier, 1, 3), (DocumentType.DemandeIndemnisation, 4, 6), (DocumentType.PieceIdentite, 7, 8),
             (DocumentType.CertificatMedical, 9, 9), (DocumentType.CertificatMedical, 10, 10)],
            result.Documents.Select(d => (d.Type, d.FirstPage, d.LastPage)));
        Assert.Equal([1, 3], result.Documents[0].BlankPages);
    }
}

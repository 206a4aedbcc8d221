using Intake.Classification.Features;
using Intake.Classification.Model;
using Intake.Classification.Splitting;
using Intake.Domain.Documents;

namespace Intake.Classification.Tests.Splitting;

public class DocumentSplitterTests
{
    private readonly DocumentSplitter _splitter = new();

    private static PagePrediction Page(int number, string type, double confidence = 0.95, string? second = null,
        int? numbered = null, int? of = null, string? title = null, double? firstPage = null)
    {
        var scores = new Dictionary<string, double> { [type] = confidence };
        if (second != null) scores[second] = (1 - confidence) * 0.8;
        var cues = PageCues.None with { PageNumber = numbered, PageCount = of, FirstPageTitle = title };
        string[] flags = confidence < 0.5 ? [PageFlags.LowConfidencePage] : [];
        return new PagePrediction(number, type, confidence, scores, false, firstPage, cues, flags);
    }

    private static PagePrediction Blank(int number) =>
        new(number, DocumentType.Autre, 0, new Dictionary<string, double>(), true, null, PageCues.None, []);

    private static (string Type, int First, int Last)[] Ranges(IEnumerable<LogicalDocument> docs) =>
        docs.Select(d => (d.Type, d.FirstPage, d.LastPage)).ToArray();

    [Fact]
    public void Envelope_letter_form_identity_and_two_certificates_back_to_back()
    {
        var pages = new[]
        {
            Page(1, DocumentType.Courrier),
            Page(2, DocumentType.DemandeIndemnisation, numbered: 1, of: 3),
            Page(3, DocumentType.DemandeIndemnisation, numbered: 2, of: 3),
            Page(4, DocumentType.DemandeIndemnisation, numbered: 3, of: 3),
            Page(5, DocumentType.PieceIdentite),
            Page(6, DocumentType.CertificatMedical, title: "certificat medical"),
            Page(7, DocumentType.CertificatMedical, title: "certificat medical"),
        };
        Assert.Equal(
            [(DocumentType.Courrier, 1, 1), (DocumentType.DemandeIndemnisation, 2, 4), (DocumentType.PieceIdentite, 5, 5),
             (DocumentType.CertificatMedical, 6, 6), (DocumentType.CertificatMedical, 7, 7)],
            Ranges(_splitter.Split(pages)));
    }

    [Fact]
    public void Blank_backs_join_the_document_before_them()
    {
        var pages = new[]
        {
            Page(1, DocumentType.Courrier), Blank(2),
            Page(3, DocumentType.CertificatMedical), Blank(4),
            Page(5, DocumentType.PieceIdentite), Blank(6),
        };
        var docs = _splitter.Split(pages);
        Assert.Equal([(DocumentType.Courrier, 1, 2), (DocumentType.CertificatMedical, 3, 4), (DocumentType.PieceIdentite, 5, 6)], Ranges(docs));
        Assert.Equal([2], docs[0].BlankPages);
        Assert.Equal([6], docs[2].BlankPages);
    }

    [Fact]
    public void Leading_blank_page_joins_the_next_document()
    {
        var docs = _splitter.Split([Blank(1), Blank(2), Page(3, DocumentType.ArretTravail), Page(4, DocumentType.Courrier)]);
        Assert.Equal([(DocumentType.ArretTravail, 1, 3), (DocumentType.Courrier, 4, 4)], Ranges(docs));
    }

    [Fact]
    public void All_blank_file_has_no_document() =>
        Assert.Empty(_splitter.Split([Blank(1), Blank(2)]));

    [Fact]
    public void Blank_page_between_two_pages_of_one_document_does_not_split_it()
    {
        var docs = _splitter.Split([Page(1, DocumentType.RapportExpertise, numbered: 1, of: 2), Blank(2), Page(3, DocumentType.RapportExpertise, numbered: 2, of: 2)]);
        Assert.Equal([(DocumentType.RapportExpertise, 1, 3)], Ranges(docs));
    }

    [Fact]
    public void Isolated_low_confidence_page_is_smoothed_when_its_second_best_matches()
    {
        var pages = new[]
        {
            Page(1, DocumentType.RapportExpertise),
            Page(2, DocumentType.CertificatMedical, confidence: 0.40, second: DocumentType.RapportExpertise),
            Page(3, DocumentType.RapportExpertise),
        };
        var docs = _splitter.Split(pages);
        var doc = Assert.Single(docs);
        Assert.Equal((DocumentType.RapportExpertise, 1, 3), (doc.Type, doc.FirstPage, doc.LastPage));
        Assert.Contains(PageFlags.SmoothedPage, doc.Flags);
        Assert.Contains(PageFlags.LowConfidencePage, doc.Flags);
    }

    [Fact]
    public void Confident_or_unrelated_outliers_are_not_smoothed()
    {
        var confident = _splitter.Split([Page(1, DocumentType.RapportExpertise), Page(2, DocumentType.JustificatifFrais, 0.9, DocumentType.RapportExpertise), Page(3, DocumentType.RapportExpertise)]);
        Assert.Equal(3, confident.Count);
        var unrelated = _splitter.Split([Page(1, DocumentType.RapportExpertise), Page(2, DocumentType.JustificatifFrais, 0.4, DocumentType.Courrier), Page(3, DocumentType.RapportExpertise)]);
        Assert.Equal(3, unrelated.Count);
        var disabled = new DocumentSplitter(new SplitterOptions { SmoothIsolatedPages = false })
            .Split([Page(1, DocumentType.RapportExpertise), Page(2, DocumentType.CertificatMedical, 0.4, DocumentType.RapportExpertise), Page(3, DocumentType.RapportExpertise)]);
        Assert.Equal(3, disabled.Count);
    }

    [Fact]
    public void Numbering_restarting_at_one_splits_documents_of_the_same_type()
    {
        var pages = new[]
        {
            Page(1, DocumentType.DocumentMedical, numbered: 1, of: 2), Page(2, DocumentType.DocumentMedical, numbered: 2, of: 2),
            Page(3, DocumentType.DocumentMedical, numbered: 1), Page(4, DocumentType.DocumentMedical, numbered: 2),
        };
        Assert.Equal([(DocumentType.DocumentMedical, 1, 2), (DocumentType.DocumentMedical, 3, 4)], Ranges(_splitter.Split(pages)));
    }

    [Fact]
    public void Page_after_a_last_numbered_page_opens_a_new_document()
    {
        var pages = new[] { Page(1, DocumentType.DocumentMedical, numbered: 1, of: 1), Page(2, DocumentType.DocumentMedical) };
        Assert.Equal(2, _splitter.Split(pages).Count);
    }

    [Fact]
    public void Continuation_numbering_wins_over_a_title_at_the_top()
    {
        var pages = new[] { Page(1, DocumentType.RapportExpertise, numbered: 1, of: 2), Page(2, DocumentType.RapportExpertise, numbered: 2, of: 2, title: "rapport d'expertise") };
        Assert.Single(_splitter.Split(pages));
    }

    [Fact]
    public void First_page_model_splits_unnumbered_pages_and_vetoes_running_headers()
    {
        var byModel = _splitter.Split([Page(1, DocumentType.DocumentMedical, firstPage: 0.9), Page(2, DocumentType.DocumentMedical, firstPage: 0.2), Page(3, DocumentType.DocumentMedical, firstPage: 0.8)]);
        Assert.Equal([(DocumentType.DocumentMedical, 1, 2), (DocumentType.DocumentMedical, 3, 3)], Ranges(byModel));

        var runningHeader = _splitter.Split([Page(1, DocumentType.DocumentMedical, title: "ordonnance", firstPage: 0.9), Page(2, DocumentType.DocumentMedical, title: "ordonnance", firstPage: 0.02)]);
        Assert.Single(runningHeader);

        var ignored = new DocumentSplitter(new SplitterOptions { UseFirstPageModel = false })
            .Split([Page(1, DocumentType.DocumentMedical), Page(2, DocumentType.DocumentMedical, firstPage: 0.99)]);
        Assert.Single(ignored);
    }

    [Fact]
    public void Document_confidence_is_the_mean_of_its_pages()
    {
        var doc = Assert.Single(_splitter.Split([Page(1, DocumentType.Courrier, 0.9), Page(2, DocumentType.Courrier, 0.7)]));
        Assert.Equal(0.8, doc.Confidence, 6);
        Assert.Empty(doc.Flags);
    }
}

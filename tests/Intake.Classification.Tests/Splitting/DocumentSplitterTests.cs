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
    public void Isolated_low_confidence_page_joins_the_document_around_it_when_it_could_belong_to_it()
    {
        var pages = new[]
        {
            Page(1, DocumentType.RapportExpertise),
            Page(2, DocumentType.CertificatMedical, confidence: 0.50, second: DocumentType.RapportExpertise, firstPage: 0.1),
            Page(3, DocumentType.RapportExpertise, firstPage: 0.1),
        };
        var docs = _splitter.Split(pages);
        var doc = Assert.Single(docs);
        Assert.Equal((DocumentType.RapportExpertise, 1, 3), (doc.Type, doc.FirstPage, doc.LastPage));
        Assert.Contains(PageFlags.SmoothedPage, doc.Flags);
    }

    [Fact]
    public void Confident_outliers_and_pages_with_evidence_of_a_new_document_are_kept_apart()
    {
        var confident = _splitter.Split([Page(1, DocumentType.RapportExpertise), Page(2, DocumentType.JustificatifFrais, 0.97), Page(3, DocumentType.RapportExpertise)]);
        Assert.Equal(3, confident.Count);
        // the boundary model saw a new document start on page 2 and another on page 3
        var announced = _splitter.Split([Page(1, DocumentType.RapportExpertise), Page(2, DocumentType.JustificatifFrais, 0.6, DocumentType.RapportExpertise, firstPage: 0.95),
            Page(3, DocumentType.RapportExpertise, firstPage: 0.95)]);
        Assert.Equal(3, announced.Count);
    }

    [Fact]
    public void A_continuation_page_stays_with_its_document_unless_there_is_evidence_of_a_new_one()
    {
        // page 3 of a long form reads like a letter on its own, but nothing says a document starts there
        var pages = new[]
        {
            Page(1, DocumentType.DemandeIndemnisation, 0.97),
            Page(2, DocumentType.DemandeIndemnisation, 0.9, firstPage: 0.03),
            Page(3, DocumentType.Courrier, 0.7, DocumentType.DemandeIndemnisation, firstPage: 0.05),
            Page(4, DocumentType.PieceIdentite, 0.95, firstPage: 0.9),
        };
        Assert.Equal([(DocumentType.DemandeIndemnisation, 1, 3), (DocumentType.PieceIdentite, 4, 4)], Ranges(_splitter.Split(pages)));
    }

    [Fact]
    public void What_the_type_says_about_consecutive_pages_of_one_type_corrects_the_boundary_evidence()
    {
        // a notice page after a claim form has a title at the top (b = 0.8), but claim-form pages go on (b_t = 0.1)
        var form = new Dictionary<string, double> { [DocumentType.DemandeIndemnisation] = 0.1, [DocumentType.CertificatMedical] = 0.95 };
        var pages = new[]
        {
            Page(1, DocumentType.DemandeIndemnisation),
            Page(2, DocumentType.DemandeIndemnisation, firstPage: 0.8) with { SameTypeBoundary = form },
            Page(3, DocumentType.CertificatMedical, firstPage: 0.9),
            Page(4, DocumentType.CertificatMedical, firstPage: 0.4) with { SameTypeBoundary = form },
        };
        Assert.Equal([(DocumentType.DemandeIndemnisation, 1, 2), (DocumentType.CertificatMedical, 3, 3), (DocumentType.CertificatMedical, 4, 4)],
            Ranges(_splitter.Split(pages)));
        Assert.Equal(3, Ranges(_splitter.Split(pages.Select(p => p with { SameTypeBoundary = null }).ToArray())).Length);
    }

    [Fact]
    public void Page_confidence_is_lower_when_the_page_could_belong_to_another_document()
    {
        var sure = Assert.Single(_splitter.Split([Page(1, DocumentType.Courrier, 0.95), Page(2, DocumentType.Courrier, 0.95, firstPage: 0.05)]));
        var doubtful = _splitter.Split([Page(1, DocumentType.Courrier, 0.95), Page(2, DocumentType.Courrier, 0.55, DocumentType.CertificatMedical, firstPage: 0.6)]);
        Assert.True(sure.Confidence > 0.9, $"sure: {sure.Confidence}");
        Assert.True(doubtful[^1].Confidence < sure.Confidence);
        Assert.Empty(sure.Flags);
        var scores = new Dictionary<string, double> { [DocumentType.Courrier] = 0.4, [DocumentType.CertificatMedical] = 0.35, [DocumentType.Autre] = 0.25 };
        var unsure = Assert.Single(_splitter.Split([new PagePrediction(1, DocumentType.Courrier, 0.4, scores, false, null, PageCues.None, [])]));
        Assert.Contains(PageFlags.LowConfidencePage, unsure.Flags);
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
    public void Boundary_model_splits_unnumbered_pages_and_keeps_running_headers_together()
    {
        var byModel = _splitter.Split([Page(1, DocumentType.DocumentMedical, firstPage: 0.9), Page(2, DocumentType.DocumentMedical, firstPage: 0.2), Page(3, DocumentType.DocumentMedical, firstPage: 0.8)]);
        Assert.Equal([(DocumentType.DocumentMedical, 1, 2), (DocumentType.DocumentMedical, 3, 3)], Ranges(byModel));

        var runningHeader = _splitter.Split([Page(1, DocumentType.DocumentMedical, title: "ordonnance", firstPage: 0.9), Page(2, DocumentType.DocumentMedical, title: "ordonnance", firstPage: 0.02)]);
        Assert.Single(runningHeader);

        var ignored = new DocumentSplitter(new SplitterOptions { UseBoundaryModel = false })
            .Split([Page(1, DocumentType.DocumentMedical), Page(2, DocumentType.DocumentMedical, firstPage: 0.99)]);
        Assert.Single(ignored);
    }

    [Fact]
    public void Document_confidence_is_the_mean_of_its_pages_marginals()
    {
        var doc = Assert.Single(_splitter.Split([Page(1, DocumentType.Courrier, 0.9, DocumentType.CertificatMedical), Page(2, DocumentType.Courrier, 0.7, DocumentType.CertificatMedical, firstPage: 0.1)]));
        Assert.InRange(doc.Confidence, 0.8, 1.0);
        Assert.Empty(doc.Flags);
    }

    [Fact]
    public void A_page_numbered_after_the_previous_one_continues_its_document_even_when_its_wording_looks_like_another_type()
    {
        // A report's clinical-examination page reads like a certificate (99 %); its footer "page 2" follows an
        // unnumbered first page and "page 3" follows it: the boundary model's doubt is bounded and an inner page's
        // wording weighs less than a first page's, so the report stays whole.
        var pages = new[]
        {
            Page(1, DocumentType.RapportExpertise, 0.97),
            Page(2, DocumentType.CertificatMedical, 0.99, DocumentType.RapportExpertise, numbered: 2, firstPage: 0.6),
            Page(3, DocumentType.RapportExpertise, 0.99, numbered: 3, firstPage: 0.5),
        };
        Assert.Equal([(DocumentType.RapportExpertise, 1, 3)], Ranges(_splitter.Split(pages)));
        // Without the numbering, the same evidence opens a certificate.
        var unnumbered = pages.Select(p => p with { Cues = PageCues.None }).ToArray();
        Assert.Equal(3, _splitter.Split(unnumbered).Count);
    }

    [Theory]
    [InlineData(null, null, 2, null, true)]
    [InlineData(null, null, 3, null, false)]
    [InlineData(1, 3, 2, 3, true)]
    [InlineData(2, 2, 2, 3, false)]
    [InlineData(3, null, 4, null, true)]
    [InlineData(3, 3, 1, 2, false)]
    public void Numbering_continues_only_from_the_page_before(int? prevNumber, int? prevCount, int number, int? count, bool continues) =>
        Assert.Equal(continues, DocumentSplitter.ContinuesNumbering(
            PageCues.None with { PageNumber = prevNumber, PageCount = prevCount },
            PageCues.None with { PageNumber = number, PageCount = count }));
}

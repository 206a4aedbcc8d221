using Intake.Domain.Fields;
using Intake.Domain.Review;
using Intake.Domain.Documents;
using Intake.Extraction.Common;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Common;

/// <summary>A date read later than the day its mail came in is a misreading, however sure the reading.</summary>
public class ReceiptPlausibilityTests
{
    private static readonly DateOnly Received = new(2026, 1, 5);

    [Fact]
    public void A_date_after_the_day_of_receipt_goes_to_review_and_the_others_keep_their_confidence()
    {
        var fields = ReceiptPlausibility.Apply(
        [
            new ExtractedField("certificat.date", new DateOnly(2075, 12, 13), 0.95, 1, null),
            new ExtractedField("signature.date", Received, 0.95, 1, null),
            new ExtractedField("victime.date_naissance", new DateOnly(1977, 4, 5), 0.9, 1, null),
            new ExtractedField("victime.nom", "DUVAL", 0.95, 1, null),
        ], Received);

        Assert.True(fields[0].Confidence < ReviewThresholds.Field);
        Assert.Equal(new DateOnly(2075, 12, 13), fields[0].Value);
        Assert.Equal([0.95, 0.9, 0.95], fields.Skip(1).Select(f => f.Confidence));
    }

    [Fact]
    public void Periods_may_run_past_the_day_of_receipt_and_no_day_known_changes_nothing()
    {
        var leave = new ExtractedField("prejudice.arret_periodes", new List<Period> { new(new DateOnly(2025, 12, 1), new DateOnly(2026, 2, 28)) }, 0.9, 1, null);
        Assert.Equal(0.9, Assert.Single(ReceiptPlausibility.Apply([leave], Received)).Confidence);
        var late = new ExtractedField("certificat.date", new DateOnly(2075, 12, 13), 0.95, 1, null);
        Assert.Equal(0.95, Assert.Single(ReceiptPlausibility.Apply([late], null)).Confidence);
    }

    [Fact]
    public void The_field_extractor_puts_a_date_after_the_day_of_receipt_under_review()
    {
        var page = new PageBuilder(1).Line("CERTIFICAT MÉDICAL").Line("Je soussignée, Docteur Anne LEROY, certifie avoir examiné")
            .Line("Madame Jeanne DUPONT.").Line("Fait à Lyon, le 13 décembre 2075").Build();
        var extractor = new FieldExtractor();
        Assert.True(Field(extractor.Extract(DocumentType.CertificatMedical, [page], []), "certificat.date").Confidence >= ReviewThresholds.Field);
        Assert.True(Field(extractor.Extract(DocumentType.CertificatMedical, [page], [], Received), "certificat.date").Confidence < ReviewThresholds.Field);
    }
}

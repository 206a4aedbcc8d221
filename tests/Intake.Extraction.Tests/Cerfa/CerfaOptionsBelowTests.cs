using Intake.Domain.Documents;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Cerfa;

/// <summary>
/// A born-digital cerfa printed from a word processor: the question on its own line, all its options on the line
/// below, the tick typed as an "X" before the chosen option.
/// </summary>
public class CerfaOptionsBelowTests
{

    [Theory]
    [InlineData("X d'un accident médical d'une affection iatrogène d'une infection nosocomiale", "accident_medical")]
    [InlineData("d'un accident médical X d'une affection iatrogène d'une infection nosocomiale", "affection_iatrogene")]
    [InlineData("d'un accident médical d'une affection iatrogène X d'une infection nosocomiale", "infection_nosocomiale")]
    public void A_typed_X_before_an_option_on_the_line_below_the_question_is_read(string options, string expected)
    {
        var page = new PageBuilder(1)
            .Line("4. Les faits")
            .Line("Date de l'acte (prévention, diagnostic ou soins)")
            .Line("10/03/2022")
            .Line("Le dommage résulte :")
            .Line(options)
            .Line("Description des faits et du dommage")
            .Line("Le 10/03/2022, chirurgie de la cataracte.")
            .Build();

        var fields = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);
        Value(fields, "faits.type_dommage", expected);
    }
}


using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Documents;

/// <summary>A letter's date and sender past a reception stamp, a scribbled signature and a typed signature.</summary>
public class LetterSenderTests
{
    private static IReadOnlyList<ExtractedField> Run(params string[] lines)
    {
        var page = new PageBuilder(1, source: TextSource.Ocr);
        foreach (var l in lines) page.Line(l);
        return new FieldExtractor().Extract(DocumentType.Courrier, [page.Build()], []);
    }

    [Fact]
    public void A_reception_stamp_is_neither_the_date_nor_the_sender()
    {
        var f = Run("CCI RHÔNE-ALPES", "REÇU LE 07 JAN. 2026", "Monique GIRARD", "45 rue Sainte-Catherine, 07000 Privas",
            "Privas, le 4 janvier 2026", "Objet : demande d'indemnisation", "Madame, Monsieur,",
            "Je vous adresse ci-joint les justificatifs de mes frais.",
            "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.");
        Value(f, "courrier.date", D(2026, 1, 4));
        Value(f, "courrier.expediteur", "Monique GIRARD");
    }

    [Fact]
    public void The_place_and_date_line_is_read_when_OCR_loses_the_space_after_the_comma()
    {
        // the stamp sits beside the sender's address, its words far from the start of the line
        var f = Run("Monique GIRARD", "45 rue Sainte-Catherine 5 | REÇU LE |", "07000 Privas | 07 JAN. 2026",
            "Privas,le 4 janvier 2026", "Objet : demande d'indemnisation", "Madame, Monsieur,",
            "Je vous adresse ci-joint les justificatifs de mes frais.",
            "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.");
        Value(f, "courrier.date", D(2026, 1, 4));
    }

    [Fact]
    public void A_scribbled_signature_does_not_replace_the_lawyer_of_the_letterhead()
    {
        var f = Run("Maître Léa BRUNET, avocat au barreau de Lyon — 53 rue Pasteur, Lyon", "Lyon, le 12 janvier 2026",
            "Objet : dossier CCI-2025-000042", "Madame, Monsieur,", "Veuillez trouver ci-joint les pièces complémentaires.",
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", "VITTN/");
        Value(f, "courrier.expediteur", "Léa BRUNET");
        Value(f, "courrier.date", D(2026, 1, 12));
        Value(f, "courrier.numero_dossier", "CCI-2025-000042");
    }

    [Fact]
    public void A_typed_signature_repeating_the_letterhead_is_kept()
    {
        var f = Run("CABINET LEGRAND AVOCATS", "12 place Bellecour, 69002 Lyon", "Lyon, le 3 février 2026",
            "Objet : dossier CCI-2025-000042", "Madame, Monsieur,", "Veuillez trouver ci-joint le rapport d'expertise.",
            "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.", "Paul LEGRAND");
        Value(f, "courrier.expediteur", "Paul LEGRAND");
        Value(f, "courrier.date", D(2026, 2, 3));
    }

    [Fact]
    public void A_typed_signature_under_a_titled_letterhead_is_kept()
    {
        var f = Run("Maître Léa BRUNET", "Avocat au barreau de Lyon", "Lyon, le 12 janvier 2026", "Madame, Monsieur,",
            "Veuillez trouver ci-joint les pièces complémentaires.", "Je vous prie d'agréer mes salutations distinguées.",
            "Me Léa BRUNET");
        Value(f, "courrier.expediteur", "Léa BRUNET");
    }
}

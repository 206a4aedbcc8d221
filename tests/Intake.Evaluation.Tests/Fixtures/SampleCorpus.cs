using Intake.Evaluation.Results;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Tests.Fixtures;

/// <summary>
/// A small truth set covering every score: two dossiers over three files, unattached mail, a blank page inside a
/// claim form, a broken file; fields of every comparison kind.
/// </summary>
internal static class SampleCorpus
{
    public static TruthSet Truth() => new(
        [
            new TruthFile("2026-01-05/envelope_a.pdf", null,
            [
                new TruthDocument("courrier", 1, 1, "D01", Json.Fields(("courrier.date", "\"2026-01-02\""), ("courrier.expediteur", "\"Maître Anne LEROY\""))),
                new TruthDocument("demande_indemnisation", 2, 5, "D01", Json.Fields(
                    ("victime.nom", "\"DUPONT\""),
                    ("victime.prenoms", "\"JEAN PIERRE\""),
                    ("victime.date_naissance", "\"1970-04-12\""),
                    ("victime.nir", "\"170047512345603\""),
                    ("victime.decedee", "false"),
                    ("victime.sexe", "\"M\""),
                    ("faits.type_dommage", "\"infection_nosocomiale\""),
                    ("faits.description", "\"Infection du site opératoire après une prothèse de hanche posée en mars 2021.\""),
                    ("prejudice.aipp", "15"),
                    ("prejudice.arret_periodes", "[{\"debut\": \"2021-03-01\", \"fin\": \"2021-10-15\"}, {\"debut\": \"2022-01-10\", \"fin\": \"2022-02-01\"}]"),
                    ("avocat.nom", "\"LEROY Anne\""))),
                new TruthDocument("piece_identite", 6, 6, "D01", Json.Fields(("identite.nom", "\"DUPONT\""), ("identite.type", "\"cni\""))),
            ]),
            new TruthFile("2026-01-05/report_b.pdf", null,
            [
                new TruthDocument("rapport_expertise", 1, 8, "D01", Json.Fields(
                    ("expertise.aipp", "30"),
                    ("expertise.souffrances_endurees", "3.5"),
                    ("expertise.expert", "\"Paul MARTIN\""),
                    ("expertise.dft_periodes", "[{\"debut\": \"2021-03-01\", \"fin\": \"2021-06-30\", \"taux\": 50}]"))),
            ]),
            new TruthFile("2026-01-06/scan_c.tif", null,
            [
                new TruthDocument("demande_indemnisation", 1, 4, "D02", Json.Fields(("victime.nom", "\"MÜLLER\""), ("faits.date_acte", "\"2020-11-03\""))),
                new TruthDocument("certificat_medical", 5, 5, "D02", Json.Fields(("certificat.medecin", "\"Claire Petit\""))),
            ]),
            new TruthFile("2026-01-06/unattached_d.pdf", null,
            [
                new TruthDocument("courrier", 1, 2, null, Json.Fields(("courrier.date", "\"2026-01-04\""))),
            ]),
            new TruthFile("2026-01-07/broken.pdf", "quarantined", []),
        ],
        [
            new TruthDossier("D01", "reglement_amiable", "grave", ["R-GRAV-AIPP"], "oniam", ["NOT_CONSOLIDATED"], ["certificat_medical"], null),
            new TruthDossier("D02", "conciliation", "not_grave", [], null, [], [], "2026-01-06"),
        ]);

    /// <summary>The perfect results for <see cref="Truth"/>.</summary>
    public static ResultsFile PerfectResults() => TruthAsResults.Convert(Truth(), wallSeconds: 30);
}

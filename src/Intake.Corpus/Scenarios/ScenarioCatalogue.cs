using Intake.Domain.Fields;
using static Intake.Corpus.Scenarios.FileKind;
using static Intake.Corpus.Scenarios.Piece;

namespace Intake.Corpus.Scenarios;

/// <summary>
/// The dossier scenarios. Legally relevant facts are fixed here; identities, wording, layouts and scan defects
/// are drawn from the seed. Every <see cref="Expected"/> below was derived by hand from rules.md
/// "Precise definitions" 1–14, for receipt dates in the mail days of <see cref="MailCalendar"/>
/// (base dates between 2025-03-01 and 2026-12-31); the working is in the comments.
/// </summary>
public static class ScenarioCatalogue
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
    private static Period P(string from, string to, int? rate = null) => new(D(from), D(to), rate);

    private static readonly string[] CertDocMissing = ["certificat_medical:blocking", "document_medical:blocking"];
    private static readonly string[] IdCertDocMissing = ["piece_identite:blocking", .. CertDocMissing];

    /// <summary>Every catalogue entry the Small profile must cover at least once.</summary>
    public static readonly string[] RequiredCoverage =
    [
        "aipp-24-not-grave-borderline", "aipp-25-grave-borderline", "aipp-30", "atap-6-months-exact", "atap-one-day-short",
        "atap-3-plus-3-within-12", "dft-50-six-months", "nosocomial-aipp-26-oniam", "nosocomial-aipp-20-assureur",
        "fault-assureur", "fault-liberal-expired-cover", "alea-grave-oniam", "uninsured-oniam-substitution",
        "minor-legal-representative", "protected-adult-tutor", "deceased-heirs", "standing-mismatch", "prescription",
        "act-before-2001-09-05", "parallel-proceedings", "valproate", "not-consolidated", "pieces-completed-later",
        "missing-caisse", "invalid-nir", "no-expert-report-gravity-unknown", "exceptional-ground",
    ];

    public static IReadOnlyList<Scenario> All { get; } = Build();

    private static List<Scenario> Build() =>
    [
        // AIPP 30 > 24 -> grave (R-GRAV-AIPP). DFT>=50 only 19 days: |19-183| > 7, no borderline. Fault of the
        // establishment -> assureur. Caisse on form -> NOTIFY_CAISSE. All pieces on day 0 -> complete day 0.
        new()
        {
            Id = "D01", Covers = ["aipp-30", "fault-assureur"], ActDate = D("2022-04-12"),
            FormConsolide = true, FormConsolidation = D("2023-06-30"),
            Report = new() { Consolide = true, Consolidation = D("2023-06-30"), Aipp = 30, FaultBy = "etablissement",
                Dft = [P("2022-04-12", "2022-04-30", 100), P("2022-05-01", "2022-09-30", 25)] },
            Mail = [new(0, [CoverLetter, Cerfa, IdVictim, Certificat, DocMedical], ScannedPdf), new(2, [Report], TextPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-AIPP"], Payer = "assureur",
                Tasks = ["NOTIFY_CAISSE"], CompleteDay = 0 },
        },
        // AIPP 24 is not > 24 -> not_grave, borderline (24). Aléa but not grave -> payer null (10c).
        // Court case declared -> PARALLEL_PROCEEDINGS. Last blocking pieces (ID, certificate, medical record) day 1.
        new()
        {
            Id = "D02", Covers = ["aipp-24-not-grave-borderline", "parallel-proceedings"], ActDate = D("2021-10-05"),
            FormConsolide = true, FormConsolidation = D("2023-02-15"), Action = true,
            Report = new() { Consolide = true, Consolidation = D("2023-02-15"), Aipp = 24, Alea = true,
                Dft = [P("2021-10-05", "2021-12-20", 25)] },
            Mail = [new(0, [Cerfa], AcroFormPdf), new(1, [IdVictim], Jpeg), new(1, [Certificat, DocMedical], Tiff), new(3, [Report], TextPdf)],
            Expected = new() { Procedure = "conciliation", Gravity = "not_grave", Flags = ["BORDERLINE_GRAVITY", "PARALLEL_PROCEEDINGS"],
                Tasks = ["NOTIFY_CAISSE"], CompleteDay = 1 },
        },
        // AIPP 25 > 24 -> grave, borderline (25). Aléa + grave + act after 2001 -> oniam. No caisse on the form but an
        // attestation on day 0 -> NOTIFY_CAISSE. Certificate and medical record arrive day 1 -> complete day 1.
        new()
        {
            Id = "D03", Covers = ["aipp-25-grave-borderline", "alea-grave-oniam"], ActDate = D("2022-01-20"),
            DamageType = "affection_iatrogene", FormConsolide = true, FormConsolidation = D("2023-09-12"), CaisseOnForm = false,
            Report = new() { Consolide = true, Consolidation = D("2023-09-12"), Aipp = 25, Alea = true,
                Dft = [P("2022-01-20", "2022-03-31", 25)] },
            Mail = [new(0, [Cerfa, IdVictim, Attestation], ScannedPdf), new(1, [Certificat], Png), new(1, [DocMedical], Jpeg), new(2, [Report], MixedPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-AIPP"], Payer = "oniam",
                Flags = ["BORDERLINE_GRAVITY"], Tasks = ["NOTIFY_CAISSE"], CompleteDay = 1 },
        },
        // ATAP 2022-09-01..2023-02-28: mark = 2022-09-01 + 6 months - 1 day = 2023-02-28 -> holds (R-GRAV-ATAP);
        // |end - mark| = 0 -> BORDERLINE. AIPP 8. Fault -> assureur. No ID/certificate/medical record ever.
        new()
        {
            Id = "D04", Covers = ["atap-6-months-exact"], ActDate = D("2022-08-24"),
            FormConsolide = true, FormConsolidation = D("2023-10-02"), FormArret = [P("2022-09-01", "2023-02-28")],
            Report = new() { Consolide = true, Consolidation = D("2023-10-02"), Aipp = 8, FaultBy = "etablissement",
                Dft = [P("2022-08-24", "2022-11-30", 25)], Atap = [P("2022-09-01", "2023-02-28")] },
            Mail = [new(1, [Cerfa, ArretTravail], TiffG4), new(3, [Report], ScannedPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-ATAP"], Payer = "assureur",
                Flags = ["BORDERLINE_GRAVITY"], Tasks = ["NOTIFY_CAISSE"], Missing = IdCertDocMissing },
        },
        // ATAP 2022-09-01..2023-02-27: one day short of the mark 2023-02-28; 180 days < 183 in any window -> no ground.
        // |end - mark| = 1 and |180 - 183| = 3 -> BORDERLINE. AIPP 8 from the form only (no report) -> not_grave.
        // Only the form and the sick-leave notice arrive: ID, certificate and medical record missing.
        new()
        {
            Id = "D05", Covers = ["atap-one-day-short"], ActDate = D("2022-08-18"),
            FormConsolide = true, FormConsolidation = D("2023-09-20"), FormAipp = 8, FormArret = [P("2022-09-01", "2023-02-27")],
            Mail = [new(0, [Cerfa, ArretTravail], ScannedPdf)],
            Expected = new() { Procedure = "conciliation", Gravity = "not_grave", Flags = ["BORDERLINE_GRAVITY"],
                Tasks = ["NOTIFY_CAISSE"], Missing = IdCertDocMissing },
        },
        // ATAP 104 days (02-01..05-15) + 102 days (08-01..11-10) = 206 >= 183 in the window starting 2022-02-01
        // -> R-GRAV-ATAP; per-period distances to the mark 77/82 days, |206-183| = 23 -> no borderline. Aléa + grave -> oniam.
        new()
        {
            Id = "D06", Covers = ["atap-3-plus-3-within-12"], ActDate = D("2022-01-25"),
            FormConsolide = true, FormConsolidation = D("2023-05-10"),
            FormArret = [P("2022-02-01", "2022-05-15"), P("2022-08-01", "2022-11-10")],
            Report = new() { Consolide = true, Consolidation = D("2023-05-10"), Aipp = 12, Alea = true,
                Dft = [P("2022-01-25", "2022-03-15", 25)], Atap = [P("2022-02-01", "2022-05-15"), P("2022-08-01", "2022-11-10")] },
            Mail = [new(0, [Cerfa, ArretTravail], ScannedPdf), new(2, [Report], TextPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-ATAP"], Payer = "oniam",
                Tasks = ["NOTIFY_CAISSE"], Missing = IdCertDocMissing },
        },
        // DFT 100 % 03-10..04-09 + 75 % 04-10..10-20 merge into 03-10..10-20: mark 2022-09-09 -> holds (R-GRAV-DFT);
        // distance 41, window 225 (|225-183| = 42), rates 100/75/25 -> no borderline. AIPP 15. Fault -> assureur.
        new()
        {
            Id = "D07", Covers = ["dft-50-six-months"], Situation = VictimSituation.Retired, ActDate = D("2022-03-10"),
            FormConsolide = true, FormConsolidation = D("2023-04-20"),
            Report = new() { Consolide = true, Consolidation = D("2023-04-20"), Aipp = 15, FaultBy = "professionnel",
                Dft = [P("2022-03-10", "2022-04-09", 100), P("2022-04-10", "2022-10-20", 75), P("2022-10-21", "2023-01-15", 25)] },
            Mail = [new(1, [Cerfa], TextPdf), new(1, [IdVictim, Certificat, DocMedical], Tiff), new(3, [Report], ScannedPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-DFT"], Payer = "assureur",
                Tasks = ["NOTIFY_CAISSE"], CompleteDay = 1 },
        },
        // Nosocomial, AIPP 26 > 25 -> oniam + SIGNAL_ARS (10a); 26 > 24 -> grave, not borderline.
        new()
        {
            Id = "D08", Covers = ["nosocomial-aipp-26-oniam"], ActDate = D("2022-06-14"), DamageType = "infection_nosocomiale",
            FormConsolide = true, FormConsolidation = D("2023-11-08"),
            Report = new() { Consolide = true, Consolidation = D("2023-11-08"), Aipp = 26, Nosocomial = true,
                Dft = [P("2022-06-20", "2022-07-15", 100), P("2022-07-16", "2022-12-31", 25)] },
            Mail = [new(0, [Cerfa, IdVictim], ScannedPdf), new(2, [Report], TextPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-AIPP"], Payer = "oniam",
                Tasks = ["NOTIFY_CAISSE", "SIGNAL_ARS"], Missing = CertDocMissing },
        },
        // Nosocomial, AIPP 20 (known, not > 25, no death) -> assureur (10a); 20 <= 24 -> not_grave. ID photo day 2 -> complete day 2.
        new()
        {
            Id = "D09", Covers = ["nosocomial-aipp-20-assureur"], ActDate = D("2022-11-03"), DamageType = "infection_nosocomiale",
            FormConsolide = true, FormConsolidation = D("2024-01-15"),
            Report = new() { Consolide = true, Consolidation = D("2024-01-15"), Aipp = 20, Nosocomial = true,
                Dft = [P("2022-11-03", "2023-01-31", 25)] },
            Mail = [new(1, [Cerfa, Certificat, DocMedical], ScannedPdf), new(2, [IdVictim], Png), new(3, [Report], TextPdf)],
            Expected = new() { Procedure = "conciliation", Gravity = "not_grave", Payer = "assureur",
                Tasks = ["NOTIFY_CAISSE"], CompleteDay = 2 },
        },
        // Fault of a liberal professional whose cover had expired -> fonds_garantie + GUARANTEE_FUND (10b). AIPP 40 -> grave.
        new()
        {
            Id = "D10", Covers = ["fault-liberal-expired-cover"], ActDate = D("2021-05-17"), Liberal = true,
            FormConsolide = true, FormConsolidation = D("2022-12-01"), Insurer = InsurerReply.CoverExpired,
            Report = new() { Consolide = true, Consolidation = D("2022-12-01"), Aipp = 40, FaultBy = "professionnel",
                Dft = [P("2021-05-17", "2021-08-31", 25)] },
            Mail = [new(0, [Cerfa, IdVictim, Certificat, DocMedical], ScannedPdf), new(2, [Report], TextPdf), new(3, [InsurerLetter], TextPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-AIPP"], Payer = "fonds_garantie",
                Flags = ["GUARANTEE_FUND"], Tasks = ["NOTIFY_CAISSE"], CompleteDay = 0 },
        },
        // Fault of a liberal professional who was not insured (not expired, no cap) -> assureur, then absente -> oniam +
        // ONIAM_SUBSTITUTION_POSSIBLE (10). AIPP 28 -> grave.
        new()
        {
            Id = "D11", Covers = ["uninsured-oniam-substitution"], ActDate = D("2021-09-08"), Liberal = true,
            FormConsolide = true, FormConsolidation = D("2023-03-01"), Insurer = InsurerReply.NoInsurance,
            Report = new() { Consolide = true, Consolidation = D("2023-03-01"), Aipp = 28, FaultBy = "professionnel",
                Dft = [P("2021-09-08", "2021-12-15", 25)] },
            Mail = [new(0, [Cerfa, IdVictim, Certificat, DocMedical], Tiff), new(1, [Report], ScannedPdf), new(3, [InsurerLetter], Png)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-AIPP"], Payer = "oniam",
                Flags = ["ONIAM_SUBSTITUTION_POSSIBLE"], Tasks = ["NOTIFY_CAISSE"], CompleteDay = 0 },
        },
        // Minor (born 2013) filed by the mother as representant_legal -> standing ok; needs her ID + justificatif_lien
        // (all on day 0). Valproate -> SCHEME_VALPROATE. Form AIPP 35 -> grave; no report -> payer null.
        new()
        {
            Id = "D12", Covers = ["minor-legal-representative", "valproate"], Situation = VictimSituation.Minor,
            Qualite = "representant_legal", ActDate = D("2012-07-10"), DamageType = "affection_iatrogene", Valproate = true,
            FormConsolide = true, FormConsolidation = D("2024-09-30"), FormAipp = 35,
            Mail = [new(0, [Cerfa, IdVictim, IdFiler, Certificat, DocMedical, Lien], ScannedPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-AIPP"],
                Flags = ["SCHEME_VALPROATE"], Tasks = ["NOTIFY_CAISSE"], CompleteDay = 0 },
        },
        // Protected adult filed by the tutor with the judgment -> standing ok. Form AIPP 15 (no ground) but troubles graves
        // declared -> grave (R-GRAV-TROUBLES) + EXCEPTIONAL_GROUND_TO_CONFIRM. Certificate/medical record day 2.
        new()
        {
            Id = "D13", Covers = ["protected-adult-tutor", "exceptional-ground"], Situation = VictimSituation.Protected,
            Qualite = "tuteur", ActDate = D("2022-05-30"), FormConsolide = true, FormConsolidation = D("2023-07-01"),
            FormAipp = 15, FormTroubles = true,
            Mail = [new(0, [Cerfa, IdVictim, IdFiler, Jugement], ScannedPdf), new(2, [Certificat, DocMedical], MixedPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-TROUBLES"],
                Flags = ["EXCEPTIONAL_GROUND_TO_CONFIRM"], Tasks = ["NOTIFY_CAISSE"], CompleteDay = 2 },
        },
        // Deceased victim, heir files (ayant_droit) with death certificate + heirship deed. DFT 100 % 05-02..11-20
        // (203 days; mark 11-01, distance 19; |203-183| = 20) -> R-GRAV-DFT, no borderline. Nosocomial + death ->
        // oniam + SIGNAL_ARS. Consolidation stated nowhere -> no NOT_CONSOLIDATED. Last blocking pieces day 1.
        new()
        {
            Id = "D14", Covers = ["deceased-heirs"], Situation = VictimSituation.Deceased, Qualite = "ayant_droit",
            ActDate = D("2022-04-28"), DamageType = "infection_nosocomiale", DeathDate = D("2022-11-20"),
            Report = new() { Deces = true, Nosocomial = true, Dft = [P("2022-05-02", "2022-11-20", 100)] },
            Mail = [new(0, [Cerfa, IdVictim, IdFiler, ActeDeces, Lien], ScannedPdf), new(1, [Certificat, DocMedical], Tiff), new(3, [Report], TextPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-DFT"], Payer = "oniam",
                Tasks = ["NOTIFY_CAISSE", "SIGNAL_ARS"], CompleteDay = 1 },
        },
        // Adult, not protected, filed by the spouse as "représentant légal" -> STANDING_MISMATCH; the filer's ID is never
        // sent -> piece_identite_demandeur blocking. Form AIPP 10 -> not_grave.
        new()
        {
            Id = "D15", Covers = ["standing-mismatch"], Qualite = "representant_legal", ActDate = D("2022-10-11"),
            FormConsolide = true, FormConsolidation = D("2023-12-05"), FormAipp = 10,
            Mail = [new(1, [Cerfa, IdVictim, Certificat, DocMedical], ScannedPdf)],
            Expected = new() { Procedure = "conciliation", Gravity = "not_grave", Flags = ["STANDING_MISMATCH"],
                Tasks = ["NOTIFY_CAISSE"], Missing = ["piece_identite_demandeur:blocking"] },
        },
        // Consolidated 2014-06-12; + 120 months = 2024-06-12 < receipt -> PRESCRIPTION_LIKELY. Form AIPP 30 -> grave.
        // Certificate and medical record never sent.
        new()
        {
            Id = "D16", Covers = ["prescription"], ActDate = D("2013-03-18"),
            FormConsolide = true, FormConsolidation = D("2014-06-12"), FormAipp = 30,
            Mail = [new(0, [Cerfa, IdVictim], Tiff)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-AIPP"],
                Flags = ["PRESCRIPTION_LIKELY"], Tasks = ["NOTIFY_CAISSE"], Missing = CertDocMissing },
        },
        // Act 2000-11-14 < 2001-09-05 -> conciliation whatever the gravity (AIPP 30 -> grave), aléa -> no payer (8).
        // Consolidated 2017 (+10 years = 2027: not prescribed).
        new()
        {
            Id = "D17", Covers = ["act-before-2001-09-05"], ActDate = D("2000-11-14"),
            FormConsolide = true, FormConsolidation = D("2017-05-10"),
            Report = new() { Consolide = true, Consolidation = D("2017-05-10"), Aipp = 30, Alea = true,
                Dft = [P("2000-11-14", "2001-02-28", 25)] },
            Mail = [new(0, [Cerfa, IdVictim], ScannedPdf), new(2, [Report], ScannedPdf)],
            Expected = new() { Procedure = "conciliation", Gravity = "grave", Grounds = ["R-GRAV-AIPP"],
                Flags = ["ACT_BEFORE_2001_09_05"], Tasks = ["NOTIFY_CAISSE"], Missing = CertDocMissing },
        },
        // Report: not consolidated -> NOT_CONSOLIDATED; ATAP 2023-01-16..2023-12-15 (mark 2023-07-15, distance 153,
        // 334 days) -> R-GRAV-ATAP; definitive unfitness -> R-GRAV-INAPT + EXCEPTIONAL_GROUND_TO_CONFIRM. Fault -> assureur.
        new()
        {
            Id = "D18", Covers = ["not-consolidated", "exceptional-ground"], ActDate = D("2023-01-09"),
            FormConsolide = false, FormArret = [P("2023-01-16", "2023-12-15")],
            Report = new() { Consolide = false, Inaptitude = true, FaultBy = "etablissement",
                Dft = [P("2023-01-09", "2023-04-30", 25)], Atap = [P("2023-01-16", "2023-12-15")] },
            Mail = [new(0, [Cerfa, ArretTravail], ScannedPdf), new(2, [Report], TextPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-ATAP", "R-GRAV-INAPT"],
                Payer = "assureur", Flags = ["NOT_CONSOLIDATED", "EXCEPTIONAL_GROUND_TO_CONFIRM"], Tasks = ["NOTIFY_CAISSE"],
                Missing = IdCertDocMissing },
        },
        // Claim form day 0, ID day 1, certificate + medical record day 2 -> complete day 2. No AIPP anywhere, no stop,
        // no report -> unknown + GRAVITY_UNKNOWN, no procedure.
        new()
        {
            Id = "D19", Covers = ["pieces-completed-later", "no-expert-report-gravity-unknown"], ActDate = D("2023-05-22"),
            FormConsolide = true, FormConsolidation = D("2024-10-01"),
            Mail = [new(0, [CoverLetter, Cerfa], ScannedPdf), new(1, [IdVictim], Jpeg), new(2, [Certificat, DocMedical], Tiff)],
            Expected = new() { Gravity = "unknown", Flags = ["GRAVITY_UNKNOWN"], Tasks = ["NOTIFY_CAISSE"], CompleteDay = 2 },
        },
        // NIR on the form fails its key -> NIR_INVALID (a flag, not a missing item). Form AIPP 20 -> not_grave.
        new()
        {
            Id = "D20", Covers = ["invalid-nir"], ActDate = D("2022-02-14"), NirValid = false,
            FormConsolide = true, FormConsolidation = D("2023-08-30"), FormAipp = 20,
            Mail = [new(2, [Cerfa, IdVictim, Certificat, DocMedical], ScannedPdf)],
            Expected = new() { Procedure = "conciliation", Gravity = "not_grave", Flags = ["NIR_INVALID"],
                Tasks = ["NOTIFY_CAISSE"], CompleteDay = 2 },
        },
        // No caisse on the form and no attestation -> caisse_affiliation blocking, never complete, no NOTIFY_CAISSE.
        new()
        {
            Id = "D21", Covers = ["missing-caisse"], ActDate = D("2022-07-07"), CaisseOnForm = false,
            FormConsolide = true, FormConsolidation = D("2023-10-10"), FormAipp = 27,
            Mail = [new(1, [Cerfa, IdVictim, Certificat, DocMedical], ScannedPdf)],
            Expected = new() { Procedure = "reglement_amiable", Gravity = "grave", Grounds = ["R-GRAV-AIPP"],
                Missing = ["caisse_affiliation:blocking"] },
        },
    ];
}

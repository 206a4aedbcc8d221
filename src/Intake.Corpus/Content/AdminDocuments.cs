using Intake.Corpus.Content.Admin;
using Intake.Corpus.Scenarios;

namespace Intake.Corpus.Content;

/// <summary>
/// Social-security attestations, sick-leave papers, death acts, family-link proofs and court orders: the templates and
/// when they apply.
/// </summary>
public static class AdminDocuments
{
    private static DateOnly AttestationDate(PieceRequest r) => r.C.DatedBefore(r.Day, 5, 30);
    private static DateOnly LinkDate(PieceRequest r) => r.C.DatedBefore(r.Day, 20, 200);
    private static DateOnly JudgmentDate(PieceRequest r) => new(2016 + r.C.Rng.Next(6), r.C.Rng.Next(1, 13), r.C.Rng.Next(1, 28));
    private static bool OnePeriod(PieceRequest r) => r.C.Scenario.FormArret.Length == 1;
    private static bool Deceased(PieceRequest r) => r.C.Scenario.Situation == VictimSituation.Deceased && r.C.Scenario.DeathDate is not null;
    /// <summary>Birth acts and the family book link a minor victim to a parent, or a deceased victim to a child.</summary>
    private static bool ParentAndChild(PieceRequest r) => r.C.Filer is not null && (Deceased(r) || r.C.Scenario.Situation == VictimSituation.Minor);

    public static readonly IReadOnlyList<DocumentTemplate> Templates =
    [
        new("attestation_securite_sociale/droits", [Piece.Attestation], r => SocialSecurity.RightsCertificate(r.C, AttestationDate(r)), r => !SocialSecurity.IsMsa(r.C.Caisse)),
        new("attestation_securite_sociale/droits-msa", [Piece.Attestation], r => SocialSecurity.Msa(r.C, AttestationDate(r)), r => SocialSecurity.IsMsa(r.C.Caisse)),
        new("attestation_securite_sociale/carte-vitale", [Piece.Attestation], r => SocialSecurity.VitaleCertificate(r.C, AttestationDate(r))),
        new("attestation_securite_sociale/regime-special", [Piece.Attestation], r => SocialSecurity.SpecialScheme(r.C, AttestationDate(r)), r => SocialSecurity.IsSpecial(r.C.Caisse)),

        new("arret_travail/avis-cerfa", [Piece.ArretTravail], r => SickLeave.CerfaNotice(r.C, r.C.Scenario.FormArret[0]), OnePeriod),
        new("arret_travail/prolongation", [Piece.ArretTravail], r => SickLeave.Prolongations(r.C, r.C.Scenario.FormArret[0]),
            r => OnePeriod(r) && r.C.Scenario.FormArret[0].Fin.DayNumber - r.C.Scenario.FormArret[0].Debut.DayNumber >= 20),
        new("arret_travail/releve-ij", [Piece.ArretTravail], r => SickLeave.Statement(r.C, r.C.Scenario.FormArret), r => r.C.Scenario.FormArret.Length > 0),
        new("arret_travail/avis-medecin", [Piece.ArretTravail], r => SickLeave.DoctorNotice(r.C, r.C.Scenario.FormArret[0]), OnePeriod),
        new("arret_travail/attestation-periodes", [Piece.ArretTravail], r => SickLeave.PeriodsCertificate(r.C, r.C.Scenario.FormArret), r => r.C.Scenario.FormArret.Length > 0),

        new("acte_deces/extrait", [Piece.ActeDeces], r => CivilStatus.DeathExtract(r.C), r => r.C.Scenario.DeathDate is not null),
        new("acte_deces/copie-integrale", [Piece.ActeDeces], r => CivilStatus.DeathFullCopy(r.C), r => r.C.Scenario.DeathDate is not null),
        new("acte_deces/extrait-plurilingue", [Piece.ActeDeces], r => CivilStatus.DeathMultilingual(r.C), r => r.C.Scenario.DeathDate is not null),

        new("justificatif_lien/livret-famille", [Piece.Lien], r => CivilStatus.FamilyBook(r.C, LinkDate(r)), ParentAndChild),
        new("justificatif_lien/acte-naissance-copie", [Piece.Lien], r => CivilStatus.BirthAct(r.C, LinkDate(r), fullCopy: true), ParentAndChild),
        new("justificatif_lien/acte-naissance-extrait", [Piece.Lien], r => CivilStatus.BirthAct(r.C, LinkDate(r), fullCopy: false), ParentAndChild),
        new("justificatif_lien/acte-notoriete", [Piece.Lien], r => Heirship.NotaryDeed(r.C, LinkDate(r)), Deceased),
        new("justificatif_lien/attestation-heritiers", [Piece.Lien], r => Heirship.HeirsStatement(r.C, LinkDate(r)), Deceased),

        new("jugement_protection/jugement-ouverture", [Piece.Jugement], r => CourtOrders.Opening(r.C, JudgmentDate(r)), r => r.C.Filer is not null),
        new("jugement_protection/extrait-minutes", [Piece.Jugement], r => CourtOrders.MinutesExtract(r.C, JudgmentDate(r)), r => r.C.Filer is not null),
        new("jugement_protection/renouvellement", [Piece.Jugement], r => CourtOrders.Renewal(r.C, JudgmentDate(r)), r => r.C.Filer is not null),
    ];
}

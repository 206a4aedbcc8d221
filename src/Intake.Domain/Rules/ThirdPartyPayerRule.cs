using Intake.Domain.Documents;
using Intake.Domain.Facts;
using Intake.Domain.Identity;

namespace Intake.Domain.Rules;

/// <summary>
/// Tiers payeurs (L376-1 code de la sécurité sociale; docs/rules.md def. 11): R-TP-CAISSE (caisse named on the form or
/// attestation held → NOTIFY_CAISSE; else <c>caisse_affiliation</c> missing) and R-TP-NIR (key check → NIR_INVALID; an
/// unsure reading without a NIR's shape is not checked).
/// </summary>
internal static class ThirdPartyPayerRule
{
    /// <summary>True when the victim's fund is identified: a caisse is named, or a social-security certificate is held.</summary>
    public static bool CaisseKnown(RuleContext ctx) =>
        ctx.Facts.Has("victime.caisse") || ctx.Holds(DocumentType.AttestationSecuriteSociale);

    public static void Evaluate(RuleContext ctx, RuleRun run)
    {
        var caisse = ctx.Facts["victime.caisse"];
        bool attestation = ctx.Holds(DocumentType.AttestationSecuriteSociale);
        if (CaisseKnown(ctx))
        {
            string name = ctx.Facts.Text("victime.caisse") ?? "caisse de l'attestation de droits";
            run.Task(TaskCodes.NotifyCaisse, name);
            run.Record(RuleCatalog.TpCaisse, RuleOutcome.Met,
                $"L'organisme d'assurance maladie est identifié ({name}) : il doit être informé de la demande.",
                RuleRun.In(caisse), attestation ? RuleRun.Derived("documents.attestation_securite_sociale", true) : null);
        }
        else
        {
            run.Record(RuleCatalog.TpCaisse, RuleOutcome.NotMet,
                "Ni la caisse de la victime ni une attestation de droits ne figurent au dossier : pièce bloquante à demander (un jugement rendu sans appeler la caisse peut être annulé).",
                RuleRun.Derived("documents.attestation_securite_sociale", false));
        }

        var candidates = NirsToCheck(ctx.Facts);
        // a reading that is unsure and not even shaped like a NIR ("169096/92}6163857116") is a number not read,
        // not a number whose key fails: the value goes to review, the key is checked once it is read
        var checkedNirs = candidates.Where(f => !f.LowConfidence || f.AsText is { } s && Nir.IsWellFormed(s)).ToList();
        var invalid = checkedNirs.Where(f => f.AsText is not { } s || !Nir.IsValid(s)).ToList();
        if (invalid.Count > 0) run.Flag(FlagCodes.NirInvalid);
        run.Record(RuleCatalog.TpNir,
            checkedNirs.Count == 0 ? RuleOutcome.Unknown : invalid.Count > 0 ? RuleOutcome.Flagged : RuleOutcome.NotMet,
            checkedNirs.Count == 0
                ? candidates.Count > 0
                    ? "Le numéro de sécurité sociale n'a pas pu être lu avec certitude : la clé sera contrôlée une fois le numéro vérifié."
                    : "Aucun numéro de sécurité sociale n'est connu : la clé ne peut pas être contrôlée."
                : invalid.Count > 0
                    ? $"Le numéro de sécurité sociale {Nir.Mask(invalid[0].AsText ?? "")} ({SourceOf(invalid[0])}) a une clé de contrôle fausse : il faut le vérifier."
                    : "La clé de contrôle du numéro de sécurité sociale est correcte.",
            [.. candidates.Select(f => (TrailInput?)TrailInput.Of(f))]);
    }

    /// <summary>The form's and the attestation's NIRs (a reviewer's correction alone when there is one).</summary>
    private static IReadOnlyList<Fact> NirsToCheck(FactSet facts)
    {
        var retained = facts["victime.nir"];
        if (retained is null) return [];
        if (retained.Provenance?.IsReviewer == true) return [retained];
        return facts.Candidates("victime.nir")
            .Where(f => f.Provenance?.DocumentType is null or DocumentType.DemandeIndemnisation or DocumentType.AttestationSecuriteSociale)
            .Where(f => f.AsText is { } s && !string.IsNullOrWhiteSpace(s))
            .ToList();
    }

    private static string SourceOf(Fact f) => f.Provenance?.DocumentType switch
    {
        DocumentType.AttestationSecuriteSociale => "attestation de droits",
        DocumentType.DemandeIndemnisation => "formulaire",
        _ => "dossier",
    };
}

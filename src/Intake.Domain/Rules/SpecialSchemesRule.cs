namespace Intake.Domain.Rules;

/// <summary>
/// Special schemes handled directly by ONIAM (docs/rules.md def. 12): R-SCHEME-VALPROATE (L1142-24-9 s.) and
/// R-SCHEME-OTHER (benfluorex L1142-24-1 s., vaccination L3111-9, transfusion L1221-14). Gravity is still computed.
/// </summary>
internal static class SpecialSchemesRule
{
    public static void Evaluate(RuleContext ctx, RuleRun run)
    {
        var valproate = ctx.Facts["procedures.valproate"];
        bool isValproate = valproate?.AsBool == true;
        if (isValproate) run.Flag(FlagCodes.SchemeValproate);
        run.Record(RuleCatalog.SchemeValproate, isValproate ? RuleOutcome.Flagged : RuleOutcome.NotMet,
            isValproate
                ? "Le dommage est attribué au valproate de sodium : dispositif dédié de l'ONIAM (offre dans le mois de l'avis, substitution possible de l'ONIAM)."
                : "Aucune exposition au valproate de sodium n'est déclarée.",
            RuleRun.In(valproate));

        var other = ctx.Facts["scheme.autre"];
        string? scheme = other?.AsText;
        if (!string.IsNullOrWhiteSpace(scheme)) run.Flag(FlagCodes.SchemeOniamDirect);
        run.Record(RuleCatalog.SchemeOther, scheme is null ? RuleOutcome.NotMet : RuleOutcome.Flagged,
            scheme is null
                ? "Aucun autre dispositif particulier de l'ONIAM n'est signalé."
                : $"Le dossier relève d'un dispositif géré directement par l'ONIAM ({SchemeName(scheme)}).",
            RuleRun.In(other));
    }

    private static string SchemeName(string code) => code switch
    {
        "benfluorex" => "benfluorex (Mediator)",
        "vaccination" => "vaccination obligatoire",
        "transfusion" => "contamination VIH/VHC par transfusion",
        _ => code,
    };
}

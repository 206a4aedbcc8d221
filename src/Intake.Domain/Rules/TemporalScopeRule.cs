namespace Intake.Domain.Rules;

/// <summary>R-ADM-TEMPORAL (loi n° 2002-303 du 4 mars 2002, art. 101): acts before 5 September 2001 → conciliation only.</summary>
internal static class TemporalScopeRule
{
    /// <returns>true when the act is before the law's date, false when not, null when its date is unknown.</returns>
    public static bool? Evaluate(RuleContext ctx, RuleRun run)
    {
        var act = ctx.Facts["faits.date_acte"];
        bool? before = ctx.ActBeforeLaw;
        if (before == true) run.Flag(FlagCodes.ActBefore20010905);
        string limit = Precedence.Fr(ctx.Set.LawApplicableFrom);
        run.Record(RuleCatalog.AdmTemporal,
            before switch { true => RuleOutcome.Flagged, false => RuleOutcome.NotMet, null => RuleOutcome.Unknown },
            before switch
            {
                true => $"L'acte du {Precedence.Fr(act!.AsDate!.Value)} est antérieur au {limit} : hors du dispositif d'indemnisation de la loi de 2002, conciliation seulement.",
                false => $"L'acte du {Precedence.Fr(act!.AsDate!.Value)} n'est pas antérieur au {limit} : la loi de 2002 s'applique.",
                null => "La date de l'acte est inconnue : le champ d'application dans le temps ne peut pas être vérifié.",
            },
            RuleRun.In(act));
        return before;
    }
}

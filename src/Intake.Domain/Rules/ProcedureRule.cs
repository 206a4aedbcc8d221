namespace Intake.Domain.Rules;

/// <summary>R-PROC-AMIABLE / R-PROC-CONCIL / R-PROC-UNKNOWN (service-public sheet), with def. 8 (act before 2001-09-05 → conciliation).</summary>
internal static class ProcedureRule
{
    public static string? Evaluate(GravityResult gravity, bool? actBeforeLaw, RuleRun run)
    {
        if (gravity.Outcome == Outcomes.Unknown) run.Flag(FlagCodes.GravityUnknown);
        if (actBeforeLaw == true)
        {
            run.Record(RuleCatalog.ProcConcil, RuleOutcome.Applied,
                "L'acte est antérieur au 05/09/2001 : la procédure proposée est la conciliation, quelle que soit la gravité.",
                RuleRun.Derived("gravity", gravity.Outcome), RuleRun.Derived("act_before_2001_09_05", true));
            return Outcomes.Conciliation;
        }
        var input = RuleRun.Derived("gravity", gravity.Outcome);
        switch (gravity.Outcome)
        {
            case Outcomes.Grave:
                run.Record(RuleCatalog.ProcAmiable, RuleOutcome.Applied,
                    $"Le seuil de gravité est atteint ({string.Join(", ", gravity.Grounds)}) : la procédure proposée est le règlement amiable.", input);
                return Outcomes.ReglementAmiable;
            case Outcomes.NotGrave:
                run.Record(RuleCatalog.ProcConcil, RuleOutcome.Applied,
                    "Le seuil de gravité n'est pas atteint : la procédure proposée est la conciliation.", input);
                return Outcomes.Conciliation;
            default:
                run.Record(RuleCatalog.ProcUnknown, RuleOutcome.Flagged,
                    "La gravité ne peut pas être appréciée faute de chiffres (souvent un rapport d'expertise) : aucune procédure n'est proposée.", input);
                return null;
        }
    }
}

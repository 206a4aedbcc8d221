namespace Intake.Domain.Rules;

/// <summary>R-ADM-OTHER-PROCEEDINGS (service-public sheet): a court case on the same facts → PARALLEL_PROCEEDINGS.</summary>
internal static class ParallelProceedingsRule
{
    public static void Evaluate(RuleContext ctx, RuleRun run)
    {
        var action = ctx.Facts["procedures.action_en_justice"];
        bool declared = action?.AsBool == true;
        if (declared) run.Flag(FlagCodes.ParallelProceedings);
        var court = ctx.Facts.Text("procedures.juridiction");
        run.Record(RuleCatalog.AdmOtherProceedings,
            declared ? RuleOutcome.Flagged : action is null ? RuleOutcome.Unknown : RuleOutcome.NotMet,
            declared
                ? $"Le demandeur déclare une action en justice sur les mêmes faits{(court is null ? "" : $" ({court})")} : la CCI et le juge doivent en être informés."
                : "Aucune action en justice sur les mêmes faits n'est déclarée.",
            RuleRun.In(action), RuleRun.In(ctx.Facts["procedures.juridiction"]));
    }
}

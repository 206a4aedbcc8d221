using Intake.Domain.Facts;

namespace Intake.Domain.Rules;

/// <summary>
/// The pre-routing rules engine (docs/rules.md): pure, deterministic, "today" and the receipt date are
/// inputs. Every outcome carries the rule ID, its legal source and the inputs it used.
/// </summary>
public sealed class RulesEngine(RuleSet? rules = null)
{
    public RuleSet Rules { get; } = rules ?? RuleSet.Current;

    public static Decision Decide(RuleCase ruleCase, RuleSet? rules) => new RulesEngine(rules).Decide(ruleCase);

    public Decision Decide(RuleCase ruleCase)
    {
        var ctx = new RuleContext(Rules, ruleCase.ReceiptDate, ruleCase.Documents, ruleCase.Facts);
        var run = new RuleRun();

        var gravity = GravityThreshold.Evaluate(ctx, run);
        bool? actBeforeLaw = TemporalScopeRule.Evaluate(ctx, run);
        var procedure = ProcedureRule.Evaluate(gravity.Result, actBeforeLaw, run);
        var consolidation = PrescriptionRule.Evaluate(ctx, run);
        StandingRule.Evaluate(ctx, run);
        ParallelProceedingsRule.Evaluate(ctx, run);
        var payer = LikelyPayerRule.Evaluate(ctx, gravity, actBeforeLaw, run);
        ThirdPartyPayerRule.Evaluate(ctx, run);
        SpecialSchemesRule.Evaluate(ctx, run);

        var missing = Completeness.Missing(ctx);
        bool complete = !missing.Any(m => m.IsBlocking);
        var completeDate = Completeness.CompleteDate(ctx);
        Completeness.Record(ctx, missing, completeDate, run);
        var clocks = LegalClocks.For(completeDate, consolidation, ruleCase.Today, Rules);
        run.Record(RuleCatalog.AvisDue, completeDate is null ? RuleOutcome.NotApplicable : RuleOutcome.Applied,
            clocks.AvisDue is { } due
                ? $"Le dossier est complet depuis le {Precedence.Fr(completeDate!.Value)} : l'avis est attendu au plus tard le {Precedence.Fr(due)}."
                : "Le dossier n'est pas encore complet : le délai de 6 mois pour l'avis ne court pas.",
            RuleRun.Derived("complete_date", completeDate));
        run.FlagLowConfidenceInputs();

        return new Decision(
            gravity.Result,
            procedure,
            payer,
            run.Flags.ToList(),
            run.Tasks.OrderBy(t => t.Code, StringComparer.Ordinal).ThenBy(t => t.Detail, StringComparer.Ordinal).ToList(),
            missing,
            complete,
            completeDate,
            clocks.AvisDue,
            Rules.Version,
            run.Trail,
            clocks);
    }
}

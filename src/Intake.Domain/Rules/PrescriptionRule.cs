using Intake.Domain.Calendar;

namespace Intake.Domain.Rules;

/// <summary>
/// R-ADM-PRESCRIPTION (L1142-28; docs/rules.md, definition 7): consolidation from the latest report when it states it, else
/// the form; flag when the receipt date is strictly after consolidation + 10 years; NOT_CONSOLIDATED otherwise.
/// </summary>
internal static class PrescriptionRule
{
    /// <returns>The consolidation date retained, when known.</returns>
    public static DateOnly? Evaluate(RuleContext ctx, RuleRun run)
    {
        var facts = ctx.Facts;
        bool fromReport = facts.Has("expertise.consolide");
        var consolidated = facts[fromReport ? "expertise.consolide" : "prejudice.consolide"];
        var dateFact = facts[fromReport ? "expertise.date_consolidation" : "prejudice.date_consolidation"];
        string from = fromReport ? "le rapport d'expertise" : "le formulaire";

        if (consolidated?.AsBool == false)
        {
            run.Flag(FlagCodes.NotConsolidated);
            run.Record(RuleCatalog.AdmPrescription, RuleOutcome.Flagged,
                $"Selon {from}, l'état n'est pas consolidé : pas de prescription, et toute offre sera provisionnelle.", RuleRun.In(consolidated));
            return null;
        }
        if (consolidated?.AsBool != true || dateFact?.AsDate is not { } date)
        {
            run.Record(RuleCatalog.AdmPrescription, RuleOutcome.Unknown,
                "La date de consolidation n'est pas connue : la prescription ne peut pas être vérifiée.", RuleRun.In(consolidated), RuleRun.In(dateFact));
            return null;
        }
        var limit = CalendarMath.AddYears(date, ctx.Set.PrescriptionYears);
        bool late = ctx.ReceiptDate > limit;
        if (late) run.Flag(FlagCodes.PrescriptionLikely);
        run.Record(RuleCatalog.AdmPrescription, late ? RuleOutcome.Flagged : RuleOutcome.NotMet,
            late
                ? $"La demande reçue le {Precedence.Fr(ctx.ReceiptDate)} l'est plus de 10 ans après la consolidation du {Precedence.Fr(date)} (limite {Precedence.Fr(limit)}) : prescription probable, à confirmer (le délai a pu être suspendu)."
                : $"La demande reçue le {Precedence.Fr(ctx.ReceiptDate)} l'est dans les 10 ans de la consolidation du {Precedence.Fr(date)} (limite {Precedence.Fr(limit)}).",
            RuleRun.In(consolidated), RuleRun.In(dateFact), RuleRun.Derived("receipt_date", ctx.ReceiptDate));
        return date;
    }
}

using Intake.Domain.Facts;
using Intake.Domain.Fields;

namespace Intake.Domain.Rules;

/// <summary>What the gravity rules concluded, with the AIPP retained (the payer rule needs it).</summary>
internal sealed record GravityAssessment(GravityResult Result, int? AippRetained);

/// <summary>
/// Seuil de gravité (D1142-1; L1142-1 II): R-GRAV-AIPP, R-GRAV-ATAP, R-GRAV-DFT, R-GRAV-INAPT, R-GRAV-TROUBLES,
/// the borderline flag and the outcome of docs/rules.md defs 4–6.
/// </summary>
internal static class GravityThreshold
{
    public static GravityAssessment Evaluate(RuleContext ctx, RuleRun run)
    {
        var set = ctx.Set;
        var facts = ctx.Facts;
        var grounds = new SortedSet<string>(StringComparer.Ordinal);
        var borderline = new List<string>();

        // R-GRAV-AIPP: strictly greater than 24 %.
        var aippFact = Precedence.Retain(facts, "expertise.aipp", "prejudice.aipp");
        int? aipp = aippFact?.AsInt;
        if (aipp is null)
        {
            run.Record(RuleCatalog.GravAipp, RuleOutcome.Unknown,
                "Aucun taux d'AIPP n'est connu (ni rapport d'expertise, ni formulaire) : ce critère reste indéterminé.");
        }
        else
        {
            bool met = aipp > set.AippStrictlyAbove;
            if (met) grounds.Add(RuleCatalog.GravAipp.Code);
            if (aipp >= set.BorderlineAippLow && aipp <= set.BorderlineAippHigh) borderline.Add($"AIPP de {aipp} %");
            run.Record(RuleCatalog.GravAipp, met ? RuleOutcome.Met : RuleOutcome.NotMet,
                met
                    ? $"L'AIPP retenue ({Precedence.Describe(aippFact!)}) est de {aipp} %, strictement supérieure à {set.AippStrictlyAbove} % : le seuil de gravité est atteint."
                    : $"L'AIPP retenue ({Precedence.Describe(aippFact!)}) est de {aipp} %, qui ne dépasse pas {set.AippStrictlyAbove} % : ce critère n'atteint pas le seuil.",
                RuleRun.In(aippFact));
        }

        // R-GRAV-ATAP: the form's periods count only when "arrêt de travail: oui".
        var stopDeclared = facts["prejudice.arret_travail"];
        var atapFact = Precedence.Retain(facts, "expertise.atap_periodes", "prejudice.arret_periodes", formCounts: stopDeclared?.AsBool == true);
        var atap = TemporaryPeriodsTest.Run(atapFact?.AsPeriods ?? [], set);
        borderline.AddRange(atap.Borderline.Select(b => $"ATAP : {b}"));
        if (atap.Met) grounds.Add(RuleCatalog.GravAtap.Code);
        run.Record(RuleCatalog.GravAtap, atapFact is null ? RuleOutcome.Unknown : atap.Met ? RuleOutcome.Met : RuleOutcome.NotMet,
            atapFact is null
                ? "Aucune période d'arrêt des activités professionnelles n'est établie : ce critère n'est pas rempli en l'état."
                : $"Arrêt des activités professionnelles ({Precedence.Describe(atapFact)}) : {atap.Describe()}, donc le critère {(atap.Met ? "est" : "n'est pas")} rempli.",
            RuleRun.In(atapFact), atapFact?.Key == "prejudice.arret_periodes" ? RuleRun.In(stopDeclared) : null);

        // R-GRAV-DFT: only expert reports' periods at a rate >= 50 %.
        var dftFact = facts["expertise.dft_periodes"];
        var dftPeriods = dftFact?.AsPeriods ?? [];
        var dft = TemporaryPeriodsTest.Run(dftPeriods.Where(p => p.Taux >= set.DftRateAtLeast), set);
        borderline.AddRange(dft.Borderline.Select(b => $"DFT ≥ {set.DftRateAtLeast} % : {b}"));
        borderline.AddRange(dftPeriods
            .Where(p => p.Taux >= set.BorderlineDftLow && p.Taux <= set.BorderlineDftHigh)
            .Select(p => $"taux de DFT de {p.Taux} %"));
        if (dft.Met) grounds.Add(RuleCatalog.GravDft.Code);
        run.Record(RuleCatalog.GravDft, dftFact is null ? RuleOutcome.Unknown : dft.Met ? RuleOutcome.Met : RuleOutcome.NotMet,
            dftFact is null
                ? "Aucun rapport d'expertise n'indique de périodes de déficit fonctionnel temporaire : ce critère n'est pas rempli en l'état."
                : $"Déficit fonctionnel temporaire d'au moins {set.DftRateAtLeast} % : {dft.Describe()}, donc le critère {(dft.Met ? "est" : "n'est pas")} rempli.",
            RuleRun.In(dftFact));

        // R-GRAV-INAPT and R-GRAV-TROUBLES: exceptional grounds, always confirmed by a person.
        var inaptFact = Precedence.Retain(facts, "expertise.inaptitude_definitive", "prejudice.inaptitude_definitive");
        Exceptional(run, grounds, RuleCatalog.GravInapt, inaptFact, "d'une inaptitude définitive à l'activité professionnelle antérieure");
        var troublesFact = facts["prejudice.troubles_graves"];
        Exceptional(run, grounds, RuleCatalog.GravTroubles, troublesFact, "de troubles particulièrement graves dans les conditions d'existence");

        if (borderline.Count > 0) run.Flag(FlagCodes.BorderlineGravity);
        run.Record(RuleCatalog.GravBorderline, borderline.Count > 0 ? RuleOutcome.Flagged : RuleOutcome.NotMet,
            borderline.Count > 0
                ? $"Chiffres proches du seuil ({string.Join("; ", borderline)}) : la gravité doit être vérifiée par un relecteur."
                : "Aucun chiffre n'est proche du seuil de gravité.",
            RuleRun.In(aippFact), RuleRun.In(atapFact), RuleRun.In(dftFact));

        string outcome = grounds.Count > 0 ? Outcomes.Grave : aipp is null ? Outcomes.Unknown : Outcomes.NotGrave;
        return new GravityAssessment(new GravityResult(outcome, grounds.ToList()), aipp);
    }

    private static void Exceptional(RuleRun run, SortedSet<string> grounds, RuleDefinition rule, Fact? fact, string what)
    {
        bool asserted = fact?.AsBool == true;
        if (asserted)
        {
            grounds.Add(rule.Code);
            run.Flag(FlagCodes.ExceptionalGroundToConfirm);
        }
        run.Record(rule, asserted ? RuleOutcome.Met : fact is null ? RuleOutcome.Unknown : RuleOutcome.NotMet,
            asserted
                ? $"Le dossier ({Precedence.Describe(fact!)}) fait état {what} : seuil atteint à titre exceptionnel, à confirmer par un relecteur."
                : $"Le dossier ne fait pas état {what}.",
            RuleRun.In(fact));
    }
}

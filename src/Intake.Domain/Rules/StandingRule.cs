namespace Intake.Domain.Rules;

/// <summary>
/// R-ADM-STANDING (service-public sheet, "Qui peut saisir la CCI ?"; docs/rules.md def. 9): the filer's capacity must
/// match the victim's situation — deceased → ayant_droit; minor → representant_legal; protected → tuteur or
/// curateur; otherwise victime (a lawyer acting for an adult victim keeps the qualité victime).
/// </summary>
internal static class StandingRule
{
    public static void Evaluate(RuleContext ctx, RuleRun run)
    {
        string qualite = ctx.Qualite;
        bool? minor = ctx.IsMinor;
        var allowed = new SortedSet<string>(StringComparer.Ordinal);
        string situation;
        if (ctx.IsDeceased)
        {
            allowed.Add("ayant_droit");
            situation = "la victime est décédée";
        }
        else
        {
            if (minor != false) allowed.Add("representant_legal");
            if (minor != true) allowed.UnionWith(AdultFilers(ctx.IsProtected));
            situation = minor switch
            {
                true => "la victime est mineure à la date de réception",
                false => ctx.IsProtected ? "la victime est un majeur protégé" : "la victime est majeure",
                null => "l'âge de la victime est inconnu",
            };
        }
        bool matches = allowed.Contains(qualite);
        if (!matches) run.Flag(FlagCodes.StandingMismatch);
        run.Record(RuleCatalog.AdmStanding, matches ? RuleOutcome.NotMet : RuleOutcome.Flagged,
            matches
                ? $"Le demandeur agit en qualité de {qualite}, ce qui correspond à la situation ({situation})."
                : $"Le demandeur agit en qualité de {qualite} alors que {situation} (qualité attendue : {string.Join(" ou ", allowed)}).",
            [RuleRun.In(ctx.Facts["demandeur.qualite"]), RuleRun.In(ctx.Facts["victime.date_naissance"]),
             RuleRun.Derived("receipt_date", ctx.ReceiptDate), RuleRun.In(ctx.Facts["victime.protegee"]),
             ctx.Holds(Documents.DocumentType.JugementProtection) ? RuleRun.Derived("documents.jugement_protection", true) : null,
             RuleRun.In(ctx.Facts["avocat.nom"]), .. ctx.DeathInputs]);
    }

    private static string[] AdultFilers(bool isProtected) => isProtected ? ["curateur", "tuteur"] : ["victime"];
}

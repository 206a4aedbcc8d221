using Intake.Domain.Facts;

namespace Intake.Domain.Rules;

/// <summary>
/// Rules.md precise definition 5, figure by figure: a reviewer's value, else the latest expert report's when it
/// states one (a key present with an empty list states "none"), else the form's.
/// </summary>
internal static class Precedence
{
    /// <param name="formCounts">false when the form's figure must not be used (e.g. ATAP periods without "arrêt de travail: oui").</param>
    public static Fact? Retain(FactSet facts, string reportKey, string? formKey, bool formCounts = true)
    {
        var report = facts[reportKey];
        var form = formKey is null ? null : facts[formKey];
        var reviewed = new[] { report, form }
            .Where(f => f?.Provenance?.IsReviewer == true)
            .OrderByDescending(f => f!.Provenance!.ReviewedAt) // stable: on a tie the report's key wins
            .FirstOrDefault();
        return reviewed ?? report ?? (formCounts ? form : null);
    }

    /// <summary>"rapport d'expertise", "formulaire", "correction d'un relecteur"… for the explanations.</summary>
    public static string Describe(Fact fact)
    {
        if (fact.Provenance?.IsReviewer == true) return $"correction de {fact.Provenance.Reviewer}";
        return fact.Key.Split('.')[0] switch
        {
            "expertise" => "rapport d'expertise",
            "prejudice" or "faits" or "procedures" or "signature" or "demandeur" => "formulaire",
            "arret" => "arrêt de travail",
            _ => "dossier",
        };
    }

    public static string Fr(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}

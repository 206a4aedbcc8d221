namespace Intake.Domain.Facts;

/// <summary>
/// The French words a reviewer reads for the codes of <see cref="FactKind.Code"/> keys of the <see cref="FactCatalog"/>
/// ("accident_medical" → "accident médical", "cni" → "carte d'identité"). A test checks that every code of the
/// catalogue has its label here.
/// </summary>
public static class FactCodeLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["victime.sexe:F"] = "féminin",
        ["victime.sexe:M"] = "masculin",
        ["demandeur.qualite:victime"] = "la victime elle-même",
        ["demandeur.qualite:representant_legal"] = "représentant légal",
        ["demandeur.qualite:tuteur"] = "tuteur",
        ["demandeur.qualite:curateur"] = "curateur",
        ["demandeur.qualite:ayant_droit"] = "ayant droit",
        ["faits.type_dommage:accident_medical"] = "accident médical",
        ["faits.type_dommage:affection_iatrogene"] = "affection iatrogène",
        ["faits.type_dommage:infection_nosocomiale"] = "infection nosocomiale",
        ["scheme.autre:benfluorex"] = "benfluorex",
        ["scheme.autre:vaccination"] = "vaccination obligatoire",
        ["scheme.autre:transfusion"] = "transfusion",
        ["identite.type:cni"] = "carte d'identité",
        ["identite.type:passeport"] = "passeport",
        ["identite.type:titre_sejour"] = "titre de séjour",
        ["protection.mesure:tutelle"] = "tutelle",
        ["protection.mesure:curatelle"] = "curatelle",
    };

    /// <summary>The label of <paramref name="code"/> for <paramref name="key"/>, or null when there is none.</summary>
    public static string? Find(string key, string code) => Labels.GetValueOrDefault(key + ":" + code);

    /// <summary>The label of <paramref name="code"/>, or the code itself.</summary>
    public static string Label(string key, string code) => Find(key, code) ?? code;

    /// <summary>The code of <paramref name="key"/> whose code or label is <paramref name="text"/> (case- and accent-insensitive), or null.</summary>
    public static string? CodeOf(string key, string text)
    {
        if (FactCatalog.Find(key) is not { Kind: FactKind.Code, Codes: { } codes }) return null;
        var wanted = Fold(text);
        return codes.FirstOrDefault(c => Fold(c) == wanted || (Find(key, c) is { } l && Fold(l) == wanted));
    }

    private static string Fold(string s)
    {
        var decomposed = s.Trim().ToLowerInvariant().Replace('_', ' ').Replace('’', '\'').Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
    }
}

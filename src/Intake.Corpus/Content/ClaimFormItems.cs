using System.Globalization;
using Intake.Corpus.People;
using Intake.Domain.Fields;

namespace Intake.Corpus.Content;

/// <summary>One field of the claim form, before layout.</summary>
internal abstract record FormItem(string Label);

/// <summary>What kind of characters a value is, for editions that print one box per character.</summary>
internal enum CombKind { None, Date, Nir, PostCode, Phone }

/// <summary>A text box. Display is what is written in it (null when left empty); Truth what fields.md expects.</summary>
internal sealed record TextItem(string Key, string Label, string? Display, object? Truth, bool Long = false, CombKind Comb = CombKind.None) : FormItem(Label);

/// <summary>A set of checkboxes; Checked is the ticked option (null when none is ticked).</summary>
internal sealed record ChoiceItem(string Key, string Label, string[] Options, int? Checked, object? Truth, bool OptionsBelow = false) : FormItem(Label);

/// <summary>The work-stoppage periods, "du … au …" lines.</summary>
internal sealed record PeriodsItem(string Key, string Label, IReadOnlyList<(string From, string To)> Lines, IReadOnlyList<(DateOnly From, DateOnly To)> Dates, object? Truth) : FormItem(Label);

internal sealed record SignatureItem(bool Signed) : FormItem("Signature");

internal sealed record FormSection(string Title, IReadOnlyList<FormItem> Items);

/// <summary>Builds the content of a cerfa n°12245*03 for a dossier: sections, labels (fields.md), values and truth.</summary>
internal static class ClaimFormItems
{
    public static IReadOnlyList<FormSection> Build(DossierContext c, bool hand, DateOnly signedOn)
    {
        var s = c.Scenario;
        var v = c.Victim;
        var rng = c.Rng;
        string Up(string x) => hand ? x.ToUpper(CultureInfo.GetCultureInfo("fr-FR")) : x;
        string Date(DateOnly d) => FrenchDates.Numeric(d, rng);
        TextItem T(string key, string label, string? value, bool isLong = false) =>
            new(key, label, value is null ? null : Up(value), value is null ? null : Up(value), isLong);
        TextItem TD(string key, string label, DateOnly? d) => d is { } x ? new(key, label, Date(x), x, Comb: CombKind.Date) : new(key, label, null, null, Comb: CombKind.Date);
        ChoiceItem YesNo(string key, string label, bool? value) =>
            new(key, label, ["Oui", "Non"], value is null ? null : value.Value ? 0 : 1, value);

        string nir = s.NirValid ? v.Nir : NirCode.WithWrongKey(v.Nir[..13], rng.Next(1, 90));
        var victim = new List<FormItem>
        {
            T("victime.nom", "Nom d'usage", v.Surname),
            T("victime.nom_naissance", "Nom de naissance", v.BirthName),
            T("victime.prenoms", "Prénom(s)", v.FirstNamesText),
            new ChoiceItem("victime.sexe", "Sexe :", ["F", "M"], v.Sex == "F" ? 0 : 1, v.Sex),
            TD("victime.date_naissance", "Date de naissance", v.BirthDate),
            T("victime.lieu_naissance", "Lieu de naissance", v.BirthPlace),
            T("victime.adresse", "Adresse", v.Street),
            new TextItem("victime.code_postal", "Code postal", v.PostCode, v.PostCode, Comb: CombKind.PostCode),
            T("victime.commune", "Commune", v.Commune),
            new TextItem("victime.telephone", "Téléphone", Spaced(v.Phone), v.Phone, Comb: CombKind.Phone),
            new TextItem("victime.courriel", "Courriel", v.Email, v.Email),
            new TextItem("victime.nir", "N° de sécurité sociale", NirCode.Spaced(nir), nir, Comb: CombKind.Nir),
            T("victime.caisse", "Organisme d'assurance maladie (caisse)", s.CaisseOnForm ? c.Caisse : null),
            YesNo("victime.decedee", "La victime est-elle décédée ?", s.DeathDate is not null),
            TD("victime.date_deces", "Date du décès", s.DeathDate),
        };

        string[] qualites = ["représentant légal", "tuteur", "curateur", "ayant droit"];
        string[] codes = ["representant_legal", "tuteur", "curateur", "ayant_droit"];
        int? q = s.Qualite == "victime" ? null : Array.IndexOf(codes, s.Qualite);
        var f = c.Filer;
        var filer = new List<FormItem>
        {
            new ChoiceItem("demandeur.qualite", "Qualité :", qualites, q, s.Qualite),
            T("demandeur.nom", "Nom", f?.Surname),
            T("demandeur.prenoms", "Prénom(s)", f?.FirstNamesText),
            T("demandeur.adresse", "Adresse", f is null ? null : $"{f.Street}, {f.PostCode} {f.Commune}"),
            T("demandeur.lien", "Lien avec la victime", c.FilerLink),
        };

        var lawyer = new List<FormItem>
        {
            T("avocat.nom", "Nom", c.HasLawyer ? c.Lawyer : null),
            T("avocat.adresse", "Adresse", c.HasLawyer ? c.LawyerAddress : null),
        };

        string[] damages = ["d'un accident médical", "d'une affection iatrogène", "d'une infection nosocomiale"];
        string[] damageCodes = ["accident_medical", "affection_iatrogene", "infection_nosocomiale"];
        string description = s.Valproate
            ? $"Exposition in utero au valproate de sodium (Dépakine) prescrit à la mère pendant la grossesse. L'enfant présente des troubles du neurodéveloppement."
            : $"Le {FrenchDates.Slash(s.ActDate)}, {c.ActText} à l'établissement. Les suites ont été marquées par {c.DamageText}.";
        var facts = new List<FormItem>
        {
            TD("faits.date_acte", "Date de l'acte (prévention, diagnostic ou soins)", s.ActDate),
            T("faits.etablissement", "Établissement de santé concerné", s.Liberal ? null : c.Establishment.Name),
            T("faits.etablissement_commune", "Commune de l'établissement", s.Liberal ? null : c.Establishment.Commune),
            new TextItem("faits.etablissement_code_postal", "Code postal de l'établissement", s.Liberal ? null : c.Establishment.PostCode, s.Liberal ? null : c.Establishment.PostCode, Comb: CombKind.PostCode),
            T("faits.professionnel", "Professionnel(s) de santé concerné(s)", s.Liberal || c.Chance(0.5) ? $"Dr {c.Professional}, {c.Specialty}" : null),
            YesNo("faits.professionnel_liberal", "Exercice libéral", s.Liberal),
            new ChoiceItem("faits.type_dommage", "Le dommage résulte :", damages, Array.IndexOf(damageCodes, s.DamageType), s.DamageType, OptionsBelow: true),
            T("faits.description", "Description des faits et du dommage", description, isLong: true),
        };

        var periods = s.FormArret.Select(p => (Date(p.Debut), Date(p.Fin))).ToList();
        var harm = new List<FormItem>
        {
            YesNo("prejudice.consolide", "Votre état est-il consolidé ?", s.FormConsolide),
            TD("prejudice.date_consolidation", "Date de consolidation", s.FormConsolidation),
            new TextItem("prejudice.aipp", "Taux d'atteinte permanente (AIPP) s'il est connu",
                s.FormAipp is { } a ? $"{a} %" : null, s.FormAipp),
            YesNo("prejudice.arret_travail", "Arrêt de travail", s.Situation is Scenarios.VictimSituation.Minor or Scenarios.VictimSituation.Deceased ? null : s.FormArretTravail),
            new PeriodsItem("prejudice.arret_periodes", "Périodes d'arrêt :", periods, s.FormArret.Select(p => (p.Debut, p.Fin)).ToList(),
                s.FormArretTravail ? s.FormArret.Select(p => new Period(p.Debut, p.Fin)).ToList() : null),
            YesNo("prejudice.inaptitude_definitive", "Inaptitude définitive à exercer votre activité professionnelle", s.Situation == Scenarios.VictimSituation.Minor ? null : s.FormInaptitude),
            YesNo("prejudice.troubles_graves", "Troubles particulièrement graves dans vos conditions d'existence", s.FormTroubles),
        };

        var other = new List<FormItem>
        {
            YesNo("procedures.action_en_justice", "Une action en justice est-elle en cours ou envisagée ?", s.Action),
            T("procedures.juridiction", "Juridiction saisie", s.Action ? c.Court : null),
            YesNo("procedures.valproate", "Le dommage est-il lié à une exposition au valproate de sodium ?", s.Valproate),
        };

        var sign = new List<FormItem>
        {
            T("signature.lieu", "Fait à", c.Claimant.Commune),
            TD("signature.date", "le", signedOn),
            new SignatureItem(true),
        };

        return
        [
            new("1. La victime", victim),
            new("2. Le demandeur (si différent de la victime)", filer),
            new("3. Avocat (le cas échéant)", lawyer),
            new("4. Les faits", facts),
            new("5. Les préjudices", harm),
            new("6. Autres procédures", other),
            new("7. Signature", sign),
        ];
    }

    private static string Spaced(string phone) =>
        string.Join(' ', Enumerable.Range(0, phone.Length / 2).Select(i => phone.Substring(i * 2, 2)));

    /// <summary>The truth fields of a filled form (values actually written).</summary>
    public static Dictionary<string, object> Truth(IEnumerable<FormSection> sections)
    {
        var d = new Dictionary<string, object>();
        foreach (var item in sections.SelectMany(x => x.Items))
        {
            switch (item)
            {
                case TextItem { Truth: { } t } ti: d[ti.Key] = t; break;
                case ChoiceItem { Truth: { } t } ci when ci.Checked is not null || ci.Key == "demandeur.qualite": d[ci.Key] = t; break;
                case PeriodsItem { Truth: { } t } pi: d[pi.Key] = t; break;
                case SignatureItem si: d["signature.presente"] = si.Signed; break;
            }
        }
        return d;
    }
}

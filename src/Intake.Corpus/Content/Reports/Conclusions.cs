using System.Globalization;
using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Corpus.Scenarios;
using Intake.Domain.Fields;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Reports;

/// <summary>
/// What an expert report concludes, from the scenario's <see cref="ReportFacts"/>: the truth fields, and the same
/// conclusions written as prose, as a table of heads of damage, or as answers to the points of the CCI's mission.
/// The wording is drawn once, so that whichever form a report uses, its truth is what it prints.
/// </summary>
internal sealed class Conclusions
{
    public Dictionary<string, object> Fields { get; } = new();
    private readonly DossierContext _c;
    private readonly ReportFacts _r;
    private readonly Func<DateOnly, string> _date;

    public decimal Pain { get; }
    public decimal Aesthetic { get; }

    public Conclusions(DossierContext c, ReportFacts r, Func<DateOnly, string> date)
    {
        _c = c;
        _r = r;
        _date = date;
        Pain = c.Rng.Next(2, 10) / 2m;
        Aesthetic = c.Rng.Next(1, 7) / 2m;
        var v = c.Victim;
        if (r.Deces && c.Scenario.DeathDate is not null) Fields["expertise.deces"] = true;
        if (r.Nosocomial) Fields["expertise.infection_nosocomiale"] = true;
        if (r.FaultBy is { } by)
        {
            Fields["expertise.faute"] = true;
            Fields["expertise.faute_auteur"] = by == "etablissement" ? c.Establishment.Name : c.Professional;
        }
        else if (r.Alea)
        {
            Fields["expertise.faute"] = false;
            Fields["expertise.alea"] = true;
        }
        if (r.Consolide == true && r.Consolidation is { } d)
        {
            Fields["expertise.consolide"] = true;
            Fields["expertise.date_consolidation"] = d;
        }
        else if (r.Consolide == false) Fields["expertise.consolide"] = false;
        if (r.Dft.Length > 0) Fields["expertise.dft_periodes"] = r.Dft.ToList();
        Fields["expertise.atap_periodes"] = r.Atap.ToList();
        if (r.Aipp is { } aipp) Fields["expertise.aipp"] = aipp;
        Fields["expertise.inaptitude_definitive"] = r.Inaptitude;
        Fields["expertise.souffrances_endurees"] = Pain;
        Fields["expertise.prejudice_esthetique"] = Aesthetic;
        _ = v;
    }

    public static string Num(decimal d) => d == Math.Floor(d)
        ? ((int)d).ToString(CultureInfo.InvariantCulture)
        : d.ToString("0.0", CultureInfo.GetCultureInfo("fr-FR"));

    private string Rate(int rate) => rate switch
    {
        100 => _c.Pick("DFT total", "DFT total (100 %)", "Déficit fonctionnel temporaire total"),
        75 => _c.Pick("DFT partiel de classe IV (75 %)", "DFT à 75 %", "DFT partiel de 75 %"),
        50 => _c.Pick("DFT partiel de classe III (50 %)", "DFT à 50 %"),
        25 => _c.Pick("DFT partiel de classe II (25 %)", "DFT à 25 %", "DFT partiel de 25 %"),
        10 => _c.Pick("DFT partiel de classe I (10 %)", "DFT à 10 %"),
        _ => $"DFT partiel de {rate} %",
    };

    // ---- the statements, each as prose lines ----

    public List<Line> Liability()
    {
        var v = _c.Victim;
        var lines = new List<Line>();
        if (Fields.ContainsKey("expertise.deces"))
            lines.Add(Text($"Le décès de {v.Civility} {v.Surname}, survenu le {FrenchDates.Long(_c.Scenario.DeathDate!.Value)}, est imputable au dommage."));
        if (_r.Nosocomial)
            lines.Add(Text(_c.Pick($"Il s'agit d'une infection nosocomiale contractée au sein de {_c.Establishment.Name}.",
                "Le caractère nosocomial de l'infection est établi : elle est apparue au décours de l'hospitalisation.")));
        if (_r.FaultBy is { } by)
        {
            string author = (string)Fields["expertise.faute_auteur"];
            lines.Add(Text(by == "etablissement"
                ? _c.Pick($"Nous retenons un manquement fautif de {author} dans l'organisation des soins.", $"La prise en charge par {author} n'a pas été conforme aux règles de l'art : une faute est retenue.")
                : _c.Pick($"Une faute est imputable au Docteur {author} : le geste n'a pas été conforme aux données acquises de la science.", $"Nous retenons une faute technique du Dr {author}.")));
        }
        else if (_r.Alea)
            lines.Add(Text(_c.Pick(
                "Aucune faute n'est retenue. Le dommage constitue un accident médical non fautif (aléa thérapeutique), anormal au regard de l'état antérieur.",
                "Il s'agit d'un aléa thérapeutique : les soins ont été conformes, le dommage est anormal et sans lien avec l'évolution prévisible.")));
        return lines;
    }

    public List<Line> Consolidation()
    {
        if (_r.Consolide == true && _r.Consolidation is { } d)
            return [Text(_c.Pick($"Consolidation acquise le {_date(d)}.", $"Date de consolidation : {_date(d)}", $"L'état de la victime est consolidé au {_date(d)}."))];
        if (_r.Consolide == false)
            return [Text(_c.Pick("État non consolidé à ce jour ; un nouvel examen sera nécessaire.", "La consolidation n'est pas acquise : état non consolidé."))];
        return [];
    }

    public List<Line> Dft()
    {
        if (_r.Dft.Length == 0) return [];
        var lines = new List<Line> { Text(_c.Pick("Déficit fonctionnel temporaire :", "DFT :", "Le déficit fonctionnel temporaire est évalué comme suit :")) };
        foreach (var p in _r.Dft) lines.Add(Text($"– {Rate(p.Taux ?? 100)} du {_date(p.Debut)} au {_date(p.Fin)}"));
        return lines;
    }

    public List<Line> Atap()
    {
        if (_r.Atap.Length == 0)
            return [Text(_c.Scenario.Situation == VictimSituation.Retired
                ? "Arrêt temporaire des activités professionnelles : sans objet (victime retraitée)."
                : _c.Pick("Pas d'arrêt temporaire des activités professionnelles imputable.", "ATAP : néant."))];
        string intro = _c.Pick("Arrêt temporaire des activités professionnelles (ATAP)", "Arrêt de travail imputable", "ATAP");
        return _r.Atap.Select(p => Text($"{intro} du {_date(p.Debut)} au {_date(p.Fin)}.")).ToList();
    }

    public List<Line> Aipp() => _r.Aipp is { } aipp
        ? [Text(_c.Pick($"AIPP : {aipp} %", $"Déficit fonctionnel permanent (DFP) de {aipp} %.",
            $"Le taux d'atteinte permanente à l'intégrité physique et psychique est fixé à {aipp} %.", $"DFP de {aipp} %"))]
        : [];

    public List<Line> Inaptitude() => [Text(_r.Inaptitude
        ? _c.Pick("La victime est définitivement inapte à reprendre son activité professionnelle antérieure.", "Inaptitude définitive au poste occupé avant l'accident.")
        : _c.Pick("Pas d'inaptitude définitive à l'activité professionnelle.", "Aucune inaptitude professionnelle définitive n'est retenue."))];

    public List<Line> PainAndAesthetic() => _c.Rng.Next(2) == 0
        ? [Text($"Souffrances endurées : {Num(Pain)}/7 ; préjudice esthétique permanent : {Num(Aesthetic)}/7.")]
        : [Text($"Souffrances endurées : {Num(Pain)} sur une échelle de 7."), Text($"Préjudice esthétique permanent : {Num(Aesthetic)}/7.")];

    /// <summary>All conclusions as prose, in the usual order.</summary>
    public List<Line> Prose() => [.. Liability(), .. Consolidation(), .. Dft(), .. Atap(), .. Aipp(), .. Inaptitude(), .. PainAndAesthetic()];

    /// <summary>The conclusions as a two-column table: head of damage, evaluation.</summary>
    public List<Line> Table()
    {
        double col = 0.5;
        var rows = new List<Line> { Row(["Poste de préjudice", "Évaluation"], [0, col], bold: true) };
        Line R(string a, string b) => Pair(a, b, col);
        if (Fields.ContainsKey("expertise.deces")) rows.Add(R("Décès", $"imputable — {FrenchDates.Slash(_c.Scenario.DeathDate!.Value)}"));
        if (_r.Nosocomial) rows.Add(R("Infection nosocomiale", "oui"));
        if (_r.FaultBy is not null) rows.Add(R("Faute", $"oui — {Fields["expertise.faute_auteur"]}"));
        else if (_r.Alea) rows.Add(R("Faute", "non — aléa thérapeutique"));
        if (_r.Consolide == true && _r.Consolidation is { } d) rows.Add(R("Date de consolidation", _date(d)));
        else if (_r.Consolide == false) rows.Add(R("Consolidation", "non consolidé"));
        foreach (var p in _r.Dft) rows.Add(R(Rate(p.Taux ?? 100), $"du {_date(p.Debut)} au {_date(p.Fin)}"));
        if (_r.Atap.Length == 0) rows.Add(R("Arrêt des activités professionnelles", "néant"));
        foreach (var p in _r.Atap) rows.Add(R("Arrêt des activités professionnelles", $"du {_date(p.Debut)} au {_date(p.Fin)}"));
        if (_r.Aipp is { } aipp) rows.Add(R("Déficit fonctionnel permanent (AIPP)", $"{aipp} %"));
        rows.Add(R("Inaptitude définitive", _r.Inaptitude ? "oui" : "non"));
        rows.Add(R("Souffrances endurées", $"{Num(Pain)}/7"));
        rows.Add(R("Préjudice esthétique permanent", $"{Num(Aesthetic)}/7"));
        return rows;
    }

    /// <summary>The points of a CCI mission, each with the answer that belongs to it (null: an answer of prose filler).</summary>
    public List<(string Question, List<Line>? Answer)> Mission() =>
    [
        ("Convoquer les parties et recueillir leurs observations.", null),
        ("Se faire communiquer l'ensemble du dossier médical de la victime.", null),
        ("Décrire l'état de santé antérieur de la victime.", null),
        ("Dire si les actes de prévention, de diagnostic ou de soins ont été pertinents et conformes aux règles de l'art.", Liability()),
        ("Fixer la date de consolidation.", Consolidation() is { Count: > 0 } cons ? cons : [Text("Sans objet.")]),
        ("Évaluer le déficit fonctionnel temporaire.", Dft() is { Count: > 0 } dft ? dft : [Text("Sans objet.")]),
        ("Dire s'il existe un arrêt temporaire des activités professionnelles et une inaptitude définitive.", [.. Atap(), .. Inaptitude()]),
        ("Évaluer le déficit fonctionnel permanent.", Aipp() is { Count: > 0 } aipp ? aipp : [Text("Sans objet à ce stade.")]),
        ("Évaluer les souffrances endurées et le préjudice esthétique.", PainAndAesthetic()),
    ];
}

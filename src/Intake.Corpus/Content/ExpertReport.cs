using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Corpus.Scenarios;
using Intake.Domain.Documents;
using Intake.Domain.Fields;

namespace Intake.Corpus.Content;

/// <summary>Expert reports (rapport d'expertise): the same facts in varied French wordings, conclusions at the end.</summary>
public static class ExpertReport
{
    public static Document Build(DossierContext c, ReportFacts r, DateOnly reportDate, int pageCount)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var fields = new Dictionary<string, object>
        {
            ["expertise.date"] = reportDate,
            ["expertise.expert"] = c.Expert,
            ["victime.nom"] = v.Surname,
            ["victime.prenoms"] = v.FirstNamesText,
            ["victime.date_naissance"] = v.BirthDate,
        };
        string Date(DateOnly d) => FrenchDates.Any(d, rng);
        string name = $"{(v.Sex == "F" ? "Madame" : "Monsieur")} {v.FirstNamesText} {v.Surname}";

        var pages = new List<Page>();
        var p1 = new PageBuilder();
        p1.Bold($"Docteur {c.Expert}");
        p1.Small(c.Pick("Expert près la cour d'appel de Lyon", "Expert inscrit sur la liste nationale des experts en accidents médicaux", "Médecin expert — réparation du dommage corporel"));
        p1.Gap();
        p1.Title(c.Pick("RAPPORT D'EXPERTISE MÉDICALE", "Rapport d'expertise", "RAPPORT D'EXPERTISE — MISSION CCI"));
        p1.Gap();
        p1.Text($"Date du rapport : {Date(reportDate)}");
        p1.Text($"Concernant : {name}, né{(v.Sex == "F" ? "e" : "")} le {Date(v.BirthDate)}");
        if (c.Chance(0.5)) p1.Text($"N° de sécurité sociale : {NirCode.Spaced(v.Nir)}");
        p1.Text(c.Pick(
            "Mission confiée par la commission de conciliation et d'indemnisation (CCI) Rhône-Alpes.",
            "Expertise amiable réalisée à la demande du conseil de la victime.",
            "Désigné par la CCI, nous avons reçu mission d'examiner la victime et de décrire son dommage."));
        p1.Gap();
        p1.Heading("I. Commémoratifs");
        p1.Text($"Le {FrenchDates.Long(c.Scenario.ActDate)}, {c.ActText} a été réalisée au sein de {c.Establishment.Name} ({c.Establishment.Commune}). Les suites ont été marquées par {c.DamageText}.");
        foreach (var s in Filler.Take(Filler.History, rng, 3)) p1.Text(s);
        pages.Add(p1.Build());

        for (int i = 1; i < pageCount - 1; i++)
        {
            var pb = new PageBuilder();
            pb.Heading(i % 2 == 1 ? $"{Roman(i + 1)}. Examen clinique et doléances" : $"{Roman(i + 1)}. Discussion");
            foreach (var s in Filler.Take(i % 2 == 1 ? Filler.Exam : Filler.Discussion, rng, 6)) pb.Text(s);
            pb.Gap();
            foreach (var s in Filler.Take(Filler.History, rng, 2)) pb.Text(s);
            pb.Small($"Rapport d'expertise — {v.Surname} — page {i + 1}");
            pages.Add(pb.Build());
        }

        var last = new PageBuilder();
        last.Heading(c.Pick("CONCLUSIONS", "Conclusions médico-légales", "VII. CONCLUSIONS"));
        last.Text($"Au terme de nos opérations d'expertise concernant {name}, nous concluons comme suit :");
        Liability(c, r, last, fields);
        Consolidation(c, r, last, fields, Date);
        Dft(c, r, last, fields, Date);
        Atap(c, r, last, fields, Date);
        if (r.Aipp is { } aipp)
        {
            fields["expertise.aipp"] = aipp;
            last.Text(c.Pick(
                $"AIPP : {aipp} %",
                $"Déficit fonctionnel permanent (DFP) de {aipp} %.",
                $"Le taux d'atteinte permanente à l'intégrité physique et psychique est fixé à {aipp} %.",
                $"DFP de {aipp} %"));
        }
        fields["expertise.inaptitude_definitive"] = r.Inaptitude;
        last.Text(r.Inaptitude
            ? c.Pick("La victime est définitivement inapte à reprendre son activité professionnelle antérieure.", "Inaptitude définitive au poste occupé avant l'accident.")
            : c.Pick("Pas d'inaptitude définitive à l'activité professionnelle.", "Aucune inaptitude professionnelle définitive n'est retenue."));
        decimal pain = rng.Next(2, 10) / 2m;
        decimal aesthetic = rng.Next(1, 7) / 2m;
        fields["expertise.souffrances_endurees"] = pain;
        fields["expertise.prejudice_esthetique"] = aesthetic;
        last.Text($"Souffrances endurées : {Num(pain)}/7 ; préjudice esthétique permanent : {Num(aesthetic)}/7.");
        last.Gap();
        last.Text($"Fait à Lyon, le {FrenchDates.Long(reportDate)}");
        last.Bold($"Docteur {c.Expert}");
        pages.Add(last.Build());
        return new Document(DocumentType.RapportExpertise, pages, fields) { DossierKey = c.Key };
    }

    private static void Liability(DossierContext c, ReportFacts r, PageBuilder pb, Dictionary<string, object> f)
    {
        var v = c.Victim;
        if (r.Deces && c.Scenario.DeathDate is { } death)
        {
            f["expertise.deces"] = true;
            pb.Text($"Le décès de {(v.Sex == "F" ? "Madame" : "Monsieur")} {v.Surname}, survenu le {FrenchDates.Long(death)}, est imputable au dommage.");
        }
        if (r.Nosocomial)
        {
            f["expertise.infection_nosocomiale"] = true;
            pb.Text(c.Pick(
                $"Il s'agit d'une infection nosocomiale contractée au sein de {c.Establishment.Name}.",
                "Le caractère nosocomial de l'infection est établi : elle est apparue au décours de l'hospitalisation."));
        }
        if (r.FaultBy is { } by)
        {
            string author = by == "etablissement" ? c.Establishment.Name : c.Professional;
            f["expertise.faute"] = true;
            f["expertise.faute_auteur"] = author;
            pb.Text(by == "etablissement"
                ? c.Pick($"Nous retenons un manquement fautif de {author} dans l'organisation des soins.", $"La prise en charge par {author} n'a pas été conforme aux règles de l'art : une faute est retenue.")
                : c.Pick($"Une faute est imputable au Docteur {author} : le geste n'a pas été conforme aux données acquises de la science.", $"Nous retenons une faute technique du Dr {author}."));
        }
        else if (r.Alea)
        {
            f["expertise.faute"] = false;
            f["expertise.alea"] = true;
            pb.Text(c.Pick(
                "Aucune faute n'est retenue. Le dommage constitue un accident médical non fautif (aléa thérapeutique), anormal au regard de l'état antérieur.",
                "Il s'agit d'un aléa thérapeutique : les soins ont été conformes, le dommage est anormal et sans lien avec l'évolution prévisible."));
        }
    }

    private static void Consolidation(DossierContext c, ReportFacts r, PageBuilder pb, Dictionary<string, object> f, Func<DateOnly, string> date)
    {
        if (r.Consolide == true && r.Consolidation is { } d)
        {
            f["expertise.consolide"] = true;
            f["expertise.date_consolidation"] = d;
            pb.Text(c.Pick($"Consolidation acquise le {date(d)}.", $"Date de consolidation : {date(d)}", $"L'état de la victime est consolidé au {date(d)}."));
        }
        else if (r.Consolide == false)
        {
            f["expertise.consolide"] = false;
            pb.Text(c.Pick("État non consolidé à ce jour ; un nouvel examen sera nécessaire.", "La consolidation n'est pas acquise : état non consolidé."));
        }
    }

    private static string Rate(DossierContext c, int rate) => rate switch
    {
        100 => c.Pick("DFT total", "DFT total (100 %)", "Déficit fonctionnel temporaire total"),
        75 => c.Pick("DFT partiel de classe IV (75 %)", "DFT à 75 %", "DFT partiel de 75 %"),
        50 => c.Pick("DFT partiel de classe III (50 %)", "DFT à 50 %"),
        25 => c.Pick("DFT partiel de classe II (25 %)", "DFT à 25 %", "DFT partiel de 25 %"),
        10 => c.Pick("DFT partiel de classe I (10 %)", "DFT à 10 %"),
        _ => $"DFT partiel de {rate} %",
    };

    private static void Dft(DossierContext c, ReportFacts r, PageBuilder pb, Dictionary<string, object> f, Func<DateOnly, string> date)
    {
        if (r.Dft.Length == 0) return;
        f["expertise.dft_periodes"] = r.Dft.ToList();
        pb.Text("Déficit fonctionnel temporaire :");
        foreach (var p in r.Dft) pb.Text($"– {Rate(c, p.Taux ?? 100)} du {date(p.Debut)} au {date(p.Fin)}");
    }

    private static void Atap(DossierContext c, ReportFacts r, PageBuilder pb, Dictionary<string, object> f, Func<DateOnly, string> date)
    {
        f["expertise.atap_periodes"] = r.Atap.ToList();
        if (r.Atap.Length == 0)
        {
            pb.Text(c.Scenario.Situation == VictimSituation.Retired
                ? "Arrêt temporaire des activités professionnelles : sans objet (victime retraitée)."
                : c.Pick("Pas d'arrêt temporaire des activités professionnelles imputable.", "ATAP : néant."));
            return;
        }
        string intro = c.Pick("Arrêt temporaire des activités professionnelles (ATAP)", "Arrêt de travail imputable", "ATAP");
        foreach (var p in r.Atap) pb.Text($"{intro} du {date(p.Debut)} au {date(p.Fin)}.");
    }

    private static string Num(decimal d) => d == Math.Floor(d) ? ((int)d).ToString(System.Globalization.CultureInfo.InvariantCulture) : d.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

    private static string Roman(int n) => n switch { 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

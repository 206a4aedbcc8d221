using System.Globalization;
using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Admin;

/// <summary>
/// Sick-leave papers (arret_travail): the cerfa-like notice with its boxes, an initial notice followed by
/// prolongations, a fund's statement of daily allowances (one line per paid period), a doctor's typed notice and a
/// fund's certificate listing the periods. Truth: every period printed, as printed.
/// </summary>
internal static class SickLeave
{
    private static Document Make(DossierContext c, string template, List<Page> pages, IEnumerable<Period> printed) =>
        new(DocumentType.ArretTravail, pages, new Dictionary<string, object>
        {
            ["arret.periodes"] = printed.Select(p => new Period(p.Debut, p.Fin)).ToList(), ["victime.nom"] = c.Victim.Surname,
        }) { DossierKey = c.Key, Template = "arret_travail/" + template };

    private static string D(DateOnly d) => FrenchDates.Slash(d);

    /// <summary>The cerfa-like notice: boxes ticked, one period "du … au … inclus", values typed or hand-written.</summary>
    public static Document CerfaNotice(DossierContext c, Period period)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var value = rng.Next(5) < 2 ? SpanStyle.Hand : SpanStyle.Normal;
        string Val(string s) => value == SpanStyle.Hand ? s.ToUpperInvariant() : s;
        Line Field(string label, string text, double col = 0.36) => new([new Span(label), new Span(Val(text), value, col)]);
        var pb = new PageBuilder();
        pb.Add(new Line([new Span($"cerfa N° 10170*0{rng.Next(5, 8)}", SpanStyle.Bold), new Span("l'Assurance Maladie", SpanStyle.Bold, 0.62)], LineKind.Small));
        pb.Title(c.Pick("AVIS D'ARRÊT DE TRAVAIL", "Avis d'arrêt de travail", "ARRÊT DE TRAVAIL"));
        pb.Centered(c.Pick("volet 3 : à adresser par l'assuré(e) à son employeur", "volets 1 et 2 : à adresser au service médical de votre caisse"), LineKind.Small);
        pb.Gap();
        pb.Spans(new Span("initial", SpanStyle.Checkbox, null, true), new Span("de prolongation", SpanStyle.Checkbox, 0.3, false),
            new Span("rectificatif", SpanStyle.Checkbox, 0.62, false));
        pb.Heading("Identification de l'assuré(e)");
        pb.Add(Field("Nom et prénom :", $"{v.Surname} {v.FirstName}"));
        pb.Add(Field("N° d'immatriculation :", NirCode.Spaced(v.Nir)));
        pb.Add(Field("Adresse :", $"{v.Street}, {v.PostCode} {v.Commune}"));
        pb.Heading("Arrêt de travail");
        pb.Add(new Line([new Span("Arrêt de travail du"), new Span(Val(D(period.Debut)), value, 0.3), new Span("au", SpanStyle.Normal, 0.5),
            new Span(Val(D(period.Fin)), value, 0.58), new Span("inclus", SpanStyle.Normal, 0.82)]));
        pb.Spans(new Span("Sorties autorisées :"), new Span("oui", SpanStyle.Checkbox, 0.36, rng.Next(2) == 0), new Span("non", SpanStyle.Checkbox, 0.5, false));
        pb.Spans(new Span("En rapport avec une affection de longue durée :"), new Span("oui", SpanStyle.Checkbox, 0.62, false), new Span("non", SpanStyle.Checkbox, 0.76, true));
        pb.Heading("Employeur");
        pb.Add(Field("Nom ou raison sociale :", c.Employer));
        pb.Heading("Identification du praticien");
        pb.Add(Field("Nom, prénom :", $"Dr {c.CertDoctor}"));
        pb.Add(Field("N° RPPS :", $"{rng.Next(10000000, 99999999)}{rng.Next(100, 999)}"));
        pb.Gap();
        pb.Add(new Line([new Span("Date :"), new Span(Val(D(period.Debut)), value, 0.12), new Span("", SpanStyle.Signature, 0.5, true)]));
        pb.Small("Le volet 3 doit être adressé à l'employeur dans les 48 heures.");
        return Make(c, "avis-cerfa", [PageFlow.Checked(pb.Build())], [period]);
    }

    /// <summary>An initial notice and its prolongations on one sheet: the period cut into contiguous pieces.</summary>
    public static Document Prolongations(DossierContext c, Period period)
    {
        var rng = c.Rng;
        var v = c.Victim;
        int total = period.Fin.DayNumber - period.Debut.DayNumber + 1;
        int pieces = Math.Min(total / 10, 2 + rng.Next(2));
        var cuts = Enumerable.Range(1, Math.Max(1, pieces) - 1).Select(k => period.Debut.AddDays(total * k / Math.Max(1, pieces) + rng.Next(-3, 4))).Order().ToList();
        var parts = new List<Period>();
        var start = period.Debut;
        foreach (var cut in cuts.Where(x => x > period.Debut && x < period.Fin).Distinct())
        {
            parts.Add(new Period(start, cut.AddDays(-1)));
            start = cut;
        }
        parts.Add(new Period(start, period.Fin));
        var lines = Letterheads.Practice(rng, c.CertDoctor, "médecin généraliste", $"{rng.Next(1, 90)} {c.Factory.Pick(FrenchData.Streets)}", v.PostCode, v.Commune);
        lines.Add(Gap());
        lines.Add(Title(c.Pick("ARRÊT DE TRAVAIL — PROLONGATIONS", "Avis d'arrêt de travail et de prolongation", "HISTORIQUE DE L'ARRÊT DE TRAVAIL")));
        lines.Add(Gap());
        lines.Add(Text($"Assuré(e) : {v.Civility} {v.FirstName} {v.Surname} — N° {NirCode.Spaced(v.Nir)}"));
        lines.Add(Text($"Employeur : {c.Employer}"));
        lines.Add(Gap());
        for (int i = 0; i < parts.Count; i++)
        {
            string kind = i == 0 ? c.Pick("Arrêt initial", "Avis initial") : c.Pick("Prolongation", "Avis de prolongation", $"Prolongation n° {i}");
            lines.Add(Pair(kind + " :", $"du {D(parts[i].Debut)} au {D(parts[i].Fin)} inclus", 0.36, SpanStyle.Bold));
            if (rng.Next(2) == 0) lines.Add(Small($"Prescrit le {D(parts[i].Debut)} par le Dr {c.CertDoctor} — sorties {(rng.Next(2) == 0 ? "autorisées" : "non autorisées")}"));
        }
        lines.Add(Gap());
        lines.Add(Text($"Fait à {v.Commune}, le {FrenchDates.Long(parts[^1].Debut)}"));
        lines.Add(Signature(0.55));
        return Make(c, "prolongation", [PageFlow.Checked(new Page(lines))], parts);
    }

    /// <summary>The fund's statement of daily allowances: one line per paid period (long stops are paid month by month).</summary>
    public static Document Statement(DossierContext c, IReadOnlyList<Period> periods)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var rows = new List<Period>();
        bool monthly = rng.Next(2) == 0;
        foreach (var p in periods)
        {
            if (!monthly || p.Fin.DayNumber - p.Debut.DayNumber < 45) { rows.Add(p); continue; }
            var start = p.Debut;
            while (start <= p.Fin)
            {
                var end = new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month));
                if (end > p.Fin) end = p.Fin;
                rows.Add(new Period(start, end));
                start = end.AddDays(1);
            }
        }
        var edited = periods[^1].Fin.AddDays(10 + rng.Next(60));
        var head = Letterheads.Caisse(rng, c.Caisse.StartsWith("MSA", StringComparison.Ordinal) || c.Caisse.StartsWith("CPAM", StringComparison.Ordinal) ? c.Caisse : "CPAM du Rhône",
            c.Establishment.Commune, c.Establishment.PostCode);
        head.Add(Gap());
        head.Add(Right($"{v.Civility} {v.FirstName} {v.Surname}"));
        head.Add(Right(v.Street));
        head.Add(Right($"{v.PostCode} {v.Commune}"));
        head.Add(Gap());
        head.Add(Title(c.Pick("RELEVÉ DES INDEMNITÉS JOURNALIÈRES", "Relevé des indemnités journalières", "ATTESTATION DE PAIEMENT DES INDEMNITÉS JOURNALIÈRES"), centered: rng.Next(2) == 0));
        head.Add(Text($"Édité le {FrenchDates.Long(edited)}"));
        head.Add(Gap());
        double[] cols = [0, 0.5, 0.66, 0.82];
        List<IReadOnlyList<Line>> blocks =
        [
            [Pair("Assuré(e) :", $"{v.Surname} {v.FirstName}", 0.34, SpanStyle.Bold), Pair("N° de sécurité sociale :", NirCode.Spaced(v.Nir), 0.34),
                Pair("Risque :", c.Pick("Maladie", "Maladie — arrêt de travail"), 0.34), Gap()],
            [Row(["Période indemnisée", "Nb IJ", "IJ brute", "Montant"], cols, bold: true)],
        ];
        decimal daily = rng.Next(2200, 6500) / 100m, total = 0;
        foreach (var r in rows)
        {
            int days = r.Fin.DayNumber - r.Debut.DayNumber + 1;
            decimal amount = daily * days;
            total += amount;
            blocks.Add([Row([$"du {D(r.Debut)} au {D(r.Fin)}", days.ToString(CultureInfo.InvariantCulture), Money(daily), Money(amount)], cols)]);
        }
        blocks.Add([Row(["Total versé", "", "", Money(total)], cols, bold: true), Gap()]);
        blocks.Add([Small("Montants bruts avant prélèvement de la CSG (6,2 %) et de la CRDS (0,5 %). À conserver sans limitation de durée."),
            Small("Ce relevé peut être demandé par votre employeur ou par un organisme d'indemnisation.")]);
        var flow = new PageFlow(k => k == 0 ? head : [Small($"{c.Caisse} — {v.Surname} {v.FirstName} — suite"), Gap()],
            (k, n) => [Small($"Page {k + 1}/{n}")]);
        return Make(c, "releve-ij", flow.Pour(blocks), rows);
    }

    /// <summary>A notice printed from the doctor's software: a sentence prescribing the stop.</summary>
    public static Document DoctorNotice(DossierContext c, Period period)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var lines = Letterheads.Practice(rng, c.CertDoctor, "médecin généraliste", $"{rng.Next(1, 90)} {c.Factory.Pick(FrenchData.Streets)}", v.PostCode, v.Commune);
        lines.Add(Gap());
        lines.Add(Right($"{v.Commune}, le {FrenchDates.Long(period.Debut)}"));
        lines.Add(Gap());
        lines.Add(Title(c.Pick("Arrêt de travail", "PRESCRIPTION D'ARRÊT DE TRAVAIL", "AVIS D'ARRÊT DE TRAVAIL")));
        lines.Add(Gap());
        lines.Add(Text($"Je soussigné(e), Docteur {c.CertDoctor}, prescris un arrêt de travail à {v.Civility} {v.FirstName} {v.Surname}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)},"));
        lines.Add(Text($"du {FrenchDates.Any(period.Debut, rng)} au {FrenchDates.Any(period.Fin, rng)} inclus{c.Pick(".", ", sorties autorisées.", ", sorties non autorisées.")}"));
        lines.Add(Text(c.Pick("Motif médical couvert par le secret professionnel.", "Arrêt en rapport avec les suites de l'intervention.", "")));
        lines.Add(Gap());
        lines.Add(Signature(0.55));
        return Make(c, "avis-medecin", [PageFlow.Checked(new Page(lines))], [period]);
    }

    /// <summary>The fund's certificate of the periods of stopped work, one line per notice received.</summary>
    public static Document PeriodsCertificate(DossierContext c, IReadOnlyList<Period> periods)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var lines = Letterheads.Caisse(rng, c.Caisse, c.Establishment.Commune, c.Establishment.PostCode);
        lines.Add(Gap());
        lines.Add(Title(c.Pick("ATTESTATION", "Attestation de périodes d'arrêt de travail", "ATTESTATION D'ARRÊTS DE TRAVAIL INDEMNISÉS"), centered: rng.Next(2) == 0));
        lines.Add(Gap());
        lines.Add(Text($"La caisse atteste que {v.Civility} {v.FirstName} {v.Surname}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)}, immatriculé{E(v)} sous le numéro {NirCode.Spaced(v.Nir)},"));
        lines.Add(Text(periods.Count == 1 ? "a été en arrêt de travail indemnisé pendant la période suivante :" : "a été en arrêt de travail indemnisé pendant les périodes suivantes :"));
        foreach (var p in periods) lines.Add(Text($"– du {FrenchDates.Any(p.Debut, rng)} au {FrenchDates.Any(p.Fin, rng)}"));
        lines.Add(Text("Attestation délivrée pour servir et valoir ce que de droit."));
        lines.Add(Gap());
        lines.Add(Right($"Pour le directeur, le {FrenchDates.Slash(periods[^1].Fin.AddDays(30 + rng.Next(90)))}"));
        lines.Add(Right(c.Pick("Le service des prestations", "Le responsable du service indemnités journalières")));
        return Make(c, "attestation-periodes", [PageFlow.Checked(new Page(lines))], periods);
    }
}

using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;
using static Intake.Corpus.Content.Printed;
using static Intake.Corpus.Content.Medical.MedicalPhrases;

namespace Intake.Corpus.Content.Medical;

/// <summary>
/// Medical records about the act in question (document_medical): operation reports, hospitalisation reports and
/// discharge letters, imaging and laboratory reports, prescriptions, consultation letters; 1 to 4 pages. The truth is
/// the patient's name as printed.
/// </summary>
internal static class Records
{
    private static Document Make(DossierContext c, string template, List<Page> pages) =>
        new(DocumentType.DocumentMedical, pages, new Dictionary<string, object> { ["victime.nom"] = c.Victim.Surname })
        { DossierKey = c.Key, Template = "document_medical/" + template };

    private static List<Line> Para(string text) => [Text(text)];

    /// <summary>The patient block: labelled lines in two columns, or a sentence.</summary>
    private static List<Line> PatientBlock(DossierContext c, Random rng, params (string Label, string Value)[] extra)
    {
        var v = c.Victim;
        var lines = new List<Line>();
        string name = rng.Next(2) == 0 ? $"{v.Surname} {v.FirstName}" : $"{v.Civility} {v.FirstName} {v.Surname}";
        if (v.Surname != v.BirthName && rng.Next(2) == 0) name += $" (née {v.BirthName})";
        if (rng.Next(3) == 0)
        {
            lines.Add(Text($"Patient(e) : {name}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)}"));
            foreach (var (label, value) in extra) lines.Add(Text($"{label} : {value}"));
        }
        else
        {
            double col = 0.3 + rng.Next(3) * 0.04;
            lines.Add(Pair("Patient(e) :", name, col, SpanStyle.Bold));
            lines.Add(Pair("Date de naissance :", FrenchDates.Slash(v.BirthDate), col));
            if (rng.Next(2) == 0) lines.Add(Pair("N° IPP :", $"{rng.Next(100000, 999999)}{rng.Next(100, 999)}", col));
            foreach (var (label, value) in extra) lines.Add(Pair(label + " :", value, col));
        }
        lines.Add(Gap());
        return lines;
    }

    private static List<Line> Head(DossierContext c, Random rng, string title, bool withService = true)
    {
        var head = Letterheads.Hospital(c, rng, withService);
        head.Add(Gap());
        head.Add(Title(title, centered: rng.Next(3) != 0));
        head.Add(Gap());
        return head;
    }

    private static List<Line> SignedBy(Random rng, string doctor, string? role = null)
    {
        var lines = new List<Line> { Gap() };
        if (rng.Next(2) == 0) lines.Add(Text(rng.Next(2) == 0 ? "Bien confraternellement," : "Avec mes salutations confraternelles,"));
        lines.Add(Signature(rng.Next(2) == 0 ? 0.5 : 0.0));
        lines.Add(Bold(rng.Next(2) == 0 ? $"Dr {doctor}" : $"Docteur {doctor}"));
        if (role is not null) lines.Add(Small(role));
        return lines;
    }

    public static Document OperationReport(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var act = c.Scenario.ActDate;
        string title = c.Pick("COMPTE RENDU OPÉRATOIRE", "Compte rendu opératoire", "COMPTE-RENDU OPÉRATOIRE", "COMPTE RENDU D'INTERVENTION", "CRO");
        var frame = new RecordFrame(Head(c, rng, title), c.Establishment.Name, v, act, rng);
        List<IReadOnlyList<Line>> blocks =
        [
            PatientBlock(c, rng, ("Date de l'intervention", FrenchDates.Any(act, rng)), ("Opérateur", $"Dr {c.Professional}"),
                ("Anesthésiste", $"Dr {c.Anaesthetist}"), ("Anesthésie", c.Pick("générale", "locorégionale", "rachianesthésie", "générale + bloc"))),
            [Heading(c.Pick("Indication", "INDICATION OPÉRATOIRE", "Indication :")), Text($"{Capital(c.ActText)} chez un(e) patient(e) de {v.AgeOn(act)} ans. {Take(History, rng, 1).First()}")],
            [Heading(c.Pick("Installation", "INSTALLATION — PRÉPARATION")), .. Take(Installation, rng, 3).Select(t => Text(t))],
        ];
        int steps = 3 + rng.Next(12);
        var procedure = Take(Procedure, rng, steps).ToList();
        if (rng.Next(3) == 0) procedure = procedure.Select((p, i) => $"Temps {i + 1} : {p}").ToList();
        blocks.Add([Heading(c.Pick("Description", "DÉROULEMENT DE L'INTERVENTION", "Compte rendu")), Text(procedure[0])]);
        blocks.AddRange(procedure.Skip(1).Select(Para));
        if (rng.Next(2) == 0) blocks.Add([Heading("Incident peropératoire"), Text(rng.Next(2) == 0 ? "Aucun." : $"Constat en fin d'intervention : {c.DamageText}, information donnée à la famille.")]);
        blocks.Add([Heading(c.Pick("Consignes postopératoires", "SUITES", "Prescriptions postopératoires")), .. Take(PostOp, rng, 2 + rng.Next(3)).Select(t => Text("– " + t))]);
        blocks.Add(SignedBy(rng, c.Professional, Capital(c.Specialty)));
        return Make(c, "compte-rendu-operatoire", frame.Pour(blocks));
    }

    public static Document HospitalReport(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var admitted = c.Scenario.ActDate;
        var discharged = admitted.AddDays(3 + rng.Next(40));
        string title = c.Pick("COMPTE RENDU D'HOSPITALISATION", "Compte rendu d'hospitalisation", "CRH — COMPTE RENDU DE SÉJOUR", "Synthèse de séjour");
        var head = Head(c, rng, title);
        if (rng.Next(2) == 0)
            head.Insert(head.Count - 3, Right($"Dr {c.FamilyDoctor}"));
        var frame = new RecordFrame(head, c.Establishment.Name, v, discharged, rng);
        List<IReadOnlyList<Line>> blocks =
        [
            PatientBlock(c, rng, ("Hospitalisation", $"du {FrenchDates.Slash(admitted)} au {FrenchDates.Slash(discharged)}"), ("Médecin traitant", $"Dr {c.FamilyDoctor}")),
        ];
        if (rng.Next(2) == 0) blocks.Add([Text("Cher confrère,"), Text($"Votre patient(e) a séjourné dans notre service du {FrenchDates.Long(admitted)} au {FrenchDates.Long(discharged)}.")]);
        // Services order the opening sections their own way.
        List<IReadOnlyList<Line>> opening =
        [
            [Heading(c.Pick("Motif d'hospitalisation", "MOTIF", "Motif d'entrée")), Text($"{Capital(c.ActText)} programmée.")],
            [Heading(c.Pick("Antécédents", "ANTÉCÉDENTS")), .. Take(History, rng, 2 + rng.Next(4)).Select(t => Text("– " + t))],
            [Heading(c.Pick("Examen clinique d'entrée", "EXAMEN À L'ENTRÉE")), .. Take(Exam, rng, 2 + rng.Next(3)).Select(t => Text(t))],
            [Heading(c.Pick("Examens complémentaires", "BIOLOGIE")), .. Labs(rng, 4 + rng.Next(5))],
        ];
        if (rng.Next(2) == 0) (opening[0], opening[1]) = (opening[1], opening[0]);
        if (rng.Next(3) == 0) (opening[2], opening[3]) = (opening[3], opening[2]);
        blocks.AddRange(opening);
        var evolution = Take(Evolution, rng, 2 + rng.Next(5)).ToList();
        blocks.Add([Heading(c.Pick("Évolution dans le service", "ÉVOLUTION", "Histoire et évolution")), Text($"Au décours de l'intervention, survenue de {c.DamageText}.")]);
        blocks.AddRange(evolution.Select(Para));
        int length = rng.Next(4), stay = discharged.DayNumber - admitted.DayNumber;
        if (length > 0)
        {
            blocks.Add([Heading(c.Pick("Évolution jour par jour", "Chronologie du séjour"))]);
            for (int d = 1; d <= Math.Min(stay, 8 + 12 * length); d += length >= 2 ? 1 : 1 + rng.Next(2))
                blocks.Add([Text(Day(d, admitted.AddDays(d), rng))]);
            if (length == 3)
                blocks.Add([Heading(c.Pick("Imagerie", "Examens d'imagerie")), .. MedicalPhrases.Imaging[rng.Next(MedicalPhrases.Imaging.Length)].Findings.Select(f => Text(f))]);
        }
        blocks.Add([Heading(c.Pick("Traitement de sortie", "ORDONNANCE DE SORTIE", "Traitement à la sortie")), .. Take(DischargeTreatment, rng, 3 + rng.Next(3)).Select(t => Text("• " + t))]);
        blocks.Add([Heading(c.Pick("Conclusion", "CONCLUSION", "Diagnostic principal")), Text($"{Capital(c.ActText)} compliquée de {c.DamageText}.")]);
        blocks.Add(SignedBy(rng, c.WardDoctor, c.Pick("Praticien hospitalier", "Chef de clinique", "Médecin du service")));
        if (rng.Next(2) == 0) blocks.Add([Small($"Copie : Dr {c.FamilyDoctor} (médecin traitant) ; dossier patient.")]);
        return Make(c, "compte-rendu-hospitalisation", frame.Pour(blocks));
    }

    public static Document DischargeLetter(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var discharged = c.Scenario.ActDate.AddDays(2 + rng.Next(15));
        string title = c.Pick("LETTRE DE LIAISON À LA SORTIE", "Lettre de sortie", "LETTRE DE SORTIE", "Lettre de liaison");
        var frame = new RecordFrame(Head(c, rng, title), c.Establishment.Name, v, discharged, rng);
        List<IReadOnlyList<Line>> blocks =
        [
            [Text($"{c.Establishment.Commune}, le {FrenchDates.Long(discharged)}"), Gap(), Text(c.Pick("Cher confrère,", "Chère consœur, cher confrère,", "Cher ami,"))],
            [Text($"{v.Civility} {v.FirstName} {v.Surname}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)}, a été hospitalisé{E(v)} dans notre service du {FrenchDates.Slash(c.Scenario.ActDate)} au {FrenchDates.Slash(discharged)} pour {c.ActText}.")],
            [Text($"Les suites ont été marquées par {c.DamageText}.")],
        ];
        blocks.AddRange(Take(Evolution, rng, 1 + rng.Next(4)).Select(Para));
        blocks.Add([Text(c.Pick("Mode de sortie : retour à domicile.", "Sortie vers un établissement de soins de suite et de réadaptation.", "Sortie à domicile avec soins infirmiers."))]);
        blocks.Add([Heading("Traitement"), .. Take(DischargeTreatment, rng, 2 + rng.Next(4)).Select(t => Text("– " + t))]);
        blocks.Add([Text(c.Pick("Je la/le reverrai en consultation dans six semaines.", "Un rendez-vous de contrôle est programmé.", "Suivi par le médecin traitant."))]);
        blocks.Add(SignedBy(rng, c.WardDoctor));
        return Make(c, "lettre-de-sortie", frame.Pour(blocks));
    }

    public static Document Imaging(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var exam = MedicalPhrases.Imaging[rng.Next(MedicalPhrases.Imaging.Length)];
        var radiologist = c.Factory.DoctorName();
        string centre = c.Factory.Pick(FrenchData.ImagingCentres);
        var head = Letterheads.Block(rng, centre, $"{rng.Next(1, 90)} {c.Factory.Pick(FrenchData.Streets)} — {c.Establishment.PostCode} {c.Establishment.Commune}",
            $"Tél. {Phone(rng)}", "Radiologie — Scanner — IRM — Échographie");
        head.Add(Gap());
        head.Add(Title(c.Pick("COMPTE RENDU D'EXAMEN", exam.Exam.ToUpperInvariant(), "Compte rendu radiologique"), centered: rng.Next(2) == 0));
        head.Add(Gap());
        var frame = new RecordFrame(head, centre, v, date, rng);
        List<IReadOnlyList<Line>> blocks =
        [
            PatientBlock(c, rng, ("Date de l'examen", FrenchDates.Slash(date)), ("Médecin demandeur", $"Dr {c.WardDoctor}")),
            [Heading("Examen"), Text(exam.Exam + ".")],
            [Heading("Indication"), Text(Capital(exam.Indication) + ".")],
            [Heading("Technique"), Text(c.Pick("Acquisitions multiplanaires avant et après injection de gadolinium.", "Coupes axiales avec reconstructions sagittales et coronales.", "Examen réalisé sans complication."))],
            [Heading(c.Pick("Résultats", "RÉSULTATS", "Description")), .. exam.Findings.Select(f => Text(f))],
            [Heading(c.Pick("Conclusion", "CONCLUSION")), Bold(exam.Conclusion)],
            SignedBy(rng, radiologist, "Radiologue"),
        ];
        return Make(c, "imagerie", frame.Pour(blocks));
    }

    private static List<Line> Labs(Random rng, int count)
    {
        var picks = Enumerable.Range(0, count).Select(_ => Analytes[rng.Next(Analytes.Length)]).DistinctBy(a => a.Name).ToList();
        return picks.Select(a =>
        {
            double value = a.Low + rng.NextDouble() * (a.High - a.Low);
            string shown = value >= 100 ? value.ToString("0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) : value.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
            return Row([a.Name, shown, a.Unit, a.Reference], [0, 0.5, 0.64, 0.8]);
        }).ToList();
    }

    public static Document LabResults(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        string lab = c.Factory.Pick(FrenchData.Laboratories);
        var biologist = c.Factory.DoctorName();
        var head = Letterheads.Block(rng, lab, $"{rng.Next(1, 90)} {c.Factory.Pick(FrenchData.Streets)} — {c.Establishment.PostCode} {c.Establishment.Commune}",
            $"Tél. {Phone(rng)}", "Biologiste responsable : Dr " + biologist);
        head.Add(Gap());
        head.Add(Title(c.Pick("COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE", "Résultats d'analyses", "RÉSULTATS DE BIOLOGIE"), centered: rng.Next(2) == 0));
        head.Add(Gap());
        var frame = new RecordFrame(head, lab, v, date, rng, allowBare: false);
        List<IReadOnlyList<Line>> blocks =
        [
            PatientBlock(c, rng, ("Prélevé le", $"{FrenchDates.Slash(date)} à {rng.Next(6, 12)}h{rng.Next(0, 60):00}"), ("Prescripteur", $"Dr {c.WardDoctor}"), ("Dossier n°", $"{date:yyMMdd}-{rng.Next(1000, 9999)}")),
            [Row(["Analyse", "Résultat", "Unité", "Valeurs de référence"], [0, 0.5, 0.64, 0.8], bold: true)],
        ];
        // One to three samplings of one to five panels of up to 11 results: at most 110 result lines, four pages.
        int sections = 1 + rng.Next(5), visits = 1 + rng.Next(sections <= 3 ? 3 : 2);
        string[] names = ["HÉMATOLOGIE", "BIOCHIMIE SANGUINE", "HÉMOSTASE", "MARQUEURS DE L'INFLAMMATION", "BIOCHIMIE — IONOGRAMME"];
        for (int visit = 0; visit < visits; visit++)
        {
            if (visit > 0) blocks.Add([Gap(), Bold($"Prélèvement du {FrenchDates.Slash(date.AddDays(visit * (2 + rng.Next(4))))}")]);
            for (int s = 0; s < sections; s++)
            {
                var rows = Labs(rng, 4 + rng.Next(8));
                blocks.Add([Gap(), Heading(names[s % names.Length]), rows[0]]);
                blocks.AddRange(rows.Skip(1).Select(r => (IReadOnlyList<Line>)[r]));
            }
        }
        if (rng.Next(2) == 0)
            blocks.Add([Gap(), Heading("MICROBIOLOGIE"), Text($"Prélèvement : {c.Pick("hémocultures (2 flacons)", "liquide de redon", "écouvillon de cicatrice")}"),
                Text($"Culture : {c.Factory.Pick(Germs)}"), Text("Antibiogramme joint.")]);
        blocks.Add([Gap(), Small($"Résultats validés par Dr {biologist}, biologiste, le {FrenchDates.Slash(date.AddDays(1))}.")]);
        return Make(c, "biologie", frame.Pour(blocks));
    }

    public static Document Prescription(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        bool hospital = rng.Next(2) == 0;
        string doctor = hospital ? c.WardDoctor : c.Professional;
        var lines = hospital ? Letterheads.Hospital(c, rng) : Letterheads.Practice(rng, c.Professional, c.Specialty, $"{rng.Next(1, 90)} {c.Factory.Pick(FrenchData.Streets)}", c.Establishment.PostCode, c.Establishment.Commune);
        lines.Add(Gap());
        if (rng.Next(3) != 0) lines.Add(Title(c.Pick("ORDONNANCE", "Ordonnance", "PRESCRIPTION MÉDICALE")));
        lines.Add(Right($"{c.Establishment.Commune}, le {FrenchDates.Any(date, rng)}"));
        lines.Add(Gap());
        lines.Add(Bold(rng.Next(2) == 0 ? $"{v.Civility} {v.FirstName} {v.Surname}" : $"{v.Surname} {v.FirstName}"));
        if (rng.Next(2) == 0) lines.Add(Small($"{Born(v)} le {FrenchDates.Slash(v.BirthDate)} — {v.AgeOn(date)} ans"));
        lines.Add(Gap());
        bool bizone = rng.Next(3) == 0;
        if (bizone) lines.Add(Small("Prescriptions relatives au traitement de l'affection de longue durée reconnue (liste ou hors liste)"));
        int n = 2 + rng.Next(4), i = 1;
        foreach (var item in Take(DischargeTreatment, rng, n)) lines.Add(Text($"{i++}) {item}"));
        if (bizone)
        {
            lines.Add(Gap());
            lines.Add(Small("Prescriptions SANS RAPPORT avec l'affection de longue durée"));
            lines.Add(Text($"{i}) {c.Pick("Vitamine D 100 000 UI : une ampoule", "Collyre lubrifiant : une goutte trois fois par jour")}"));
        }
        lines.Add(Gap());
        lines.Add(Signature(0.5));
        lines.Add(Right($"Dr {doctor}", 0.5));
        return Make(c, "ordonnance", [PageFlow.Checked(new Page(lines))]);
    }

    public static Document Consultation(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var seen = date.AddDays(20 + rng.Next(60));
        var head = Letterheads.Practice(rng, c.Professional, c.Specialty, $"{rng.Next(1, 90)} {c.Factory.Pick(FrenchData.Streets)}", c.Establishment.PostCode, c.Establishment.Commune);
        head.Add(Gap());
        head.Add(Right($"Dr {c.FamilyDoctor}"));
        head.Add(Right($"{c.Establishment.Commune}, le {FrenchDates.Long(seen)}"));
        head.Add(Gap());
        if (rng.Next(2) == 0) head.Add(Bold($"Objet : {v.Civility} {v.FirstName} {v.Surname}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)}"));
        else
        {
            head.Add(Title(c.Pick("COMPTE RENDU DE CONSULTATION", "Consultation de suivi"), centered: false));
            head.Add(Text($"Patient(e) : {v.Surname} {v.FirstName} — {Born(v)} le {FrenchDates.Slash(v.BirthDate)}"));
        }
        head.Add(Gap());
        var frame = new RecordFrame(head, $"Dr {c.Professional}", v, seen, rng);
        List<IReadOnlyList<Line>> blocks =
        [
            [Text(c.Pick("Cher confrère,", "Cher ami,", "Chère consœur,"))],
            [Text(c.Factory.Pick(ConsultationReasons).Replace("votre patient(e)", $"{v.Civility} {v.Surname}", StringComparison.Ordinal))],
            [Text($"Pour mémoire, {c.ActText} a été réalisée le {FrenchDates.Long(c.Scenario.ActDate)}, compliquée de {c.DamageText}.")],
        ];
        blocks.AddRange(Take(Exam, rng, 2 + rng.Next(3)).Select(Para));
        blocks.AddRange(Take(Evolution, rng, 1 + rng.Next(4)).Select(Para));
        blocks.Add([Text(c.Pick("Je propose de poursuivre la rééducation et de la revoir dans trois mois.", "Une reprise chirurgicale ne me paraît pas indiquée à ce stade.", "Je lui ai expliqué la nature de la complication et son évolution prévisible."))]);
        blocks.Add(SignedBy(rng, c.Professional));
        return Make(c, "consultation", frame.Pour(blocks));
    }

    /// <summary>The emergency department's record of the visit: arrival, triage, examination, what was done, the way out.</summary>
    public static Document EmergencyVisit(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var visit = c.Scenario.ActDate.AddDays(rng.Next(2) == 0 ? 0 : 2 + rng.Next(20));
        string title = c.Pick("COMPTE RENDU DE PASSAGE AUX URGENCES", "Passage aux urgences — compte rendu", "OBSERVATION MÉDICALE — SERVICE DES URGENCES", "Dossier de consultation aux urgences");
        var head = Head(c, rng, title);
        var frame = new RecordFrame(head, c.Establishment.Name, v, visit, rng);
        int arrival = 7 + rng.Next(14);
        List<IReadOnlyList<Line>> blocks =
        [
            PatientBlock(c, rng, ("Date d'admission", $"{FrenchDates.Slash(visit)} à {FrenchNumbers.Time(arrival, rng.Next(0, 4) * 15)}"), ("Mode d'arrivée", c.Pick("pompiers", "ambulance privée", "moyens personnels", "SAMU"))),
            [Heading(c.Pick("Motif de recours", "MOTIF", "Motif de consultation")), Text($"Patient(e) adressé(e) pour {c.DamageText}.")],
            [Heading(c.Pick("Tri infirmier", "IOA")), Text($"Niveau de tri {1 + rng.Next(4)} — constantes : TA {11 + rng.Next(5)}/{6 + rng.Next(3)}, FC {60 + rng.Next(50)}/min, SpO2 {94 + rng.Next(6)} %.")],
            [Heading(c.Pick("Examen clinique", "EXAMEN")), .. Take(Exam, rng, 2 + rng.Next(3)).Select(t => Text(t))],
            [Heading(c.Pick("Examens complémentaires", "BIOLOGIE ET IMAGERIE")), .. Labs(rng, 3 + rng.Next(4))],
            [Heading(c.Pick("Prise en charge", "TRAITEMENT AUX URGENCES")), .. Take(DischargeTreatment, rng, 2 + rng.Next(2)).Select(t => Text("• " + t))],
            [Heading(c.Pick("Orientation", "DEVENIR", "Sortie")), Text(c.Pick(
                $"Hospitalisation en {c.Specialty} pour la suite de la prise en charge.",
                "Retour à domicile avec consignes de surveillance ; reconsulter en cas d'aggravation.",
                $"Transfert au {c.Establishment.Name} après avis spécialisé."))],
        ];
        blocks.Add(SignedBy(rng, c.WardDoctor, c.Pick("Médecin urgentiste", "Praticien hospitalier, urgences")));
        return Make(c, "passage-urgences", frame.Pour(blocks));
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

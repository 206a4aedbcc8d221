using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Medical;

/// <summary>
/// Medical certificates (certificat_medical): the initial descriptive certificate, the certificate of injuries with its
/// headed sections, the final (consolidation) certificate, and a hospital's pre-printed form filled by hand. Truth: the
/// date, the doctor, the patient's name and the first names printed.
/// </summary>
internal static class Certificates
{
    private static Document Make(DossierContext c, string template, Page page, DateOnly date, string firstNames) =>
        new(DocumentType.CertificatMedical, [PageFlow.Checked(page)], new Dictionary<string, object>
        {
            ["certificat.date"] = date, ["certificat.medecin"] = c.CertDoctor,
            ["victime.nom"] = c.Victim.Surname, ["victime.prenoms"] = firstNames,
        }) { DossierKey = c.Key, Template = "certificat_medical/" + template };

    private static List<Line> DoctorHead(DossierContext c, Random rng)
    {
        string specialty = c.Pick("médecin généraliste", "médecine physique et de réadaptation", "rhumatologue", "médecin du sport", "chirurgien orthopédiste");
        return Letterheads.Practice(rng, c.CertDoctor, specialty, $"{rng.Next(1, 90)} {c.Pick("rue Garibaldi", "avenue Berthelot", "cours Lafayette", "rue de Créqui", "place Carnot")}",
            c.Victim.PostCode, c.Victim.Commune);
    }

    private static string DoctorName(DossierContext c, Random rng) => rng.Next(3) switch
    {
        0 => $"Docteur {c.CertDoctor}",
        1 => $"Dr {c.CertDoctor}",
        _ => $"le Docteur {c.CertDoctor}",
    };

    public static Document Initial(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var (first, firstTruth) = FirstNames(v, rng);
        var pb = new PageBuilder();
        foreach (var l in DoctorHead(c, rng)) pb.Add(l);
        pb.Gap();
        pb.Title(c.Pick("CERTIFICAT MÉDICAL", "Certificat médical initial", "CERTIFICAT MÉDICAL DESCRIPTIF", "Certificat médical"));
        pb.Gap();
        string soussigne = c.Pick("Je soussigné(e)", "Je, soussigné", "Je soussignée");
        pb.Text($"{soussigne}, {DoctorName(c, rng).Replace("le Docteur", "Docteur")}, certifie avoir examiné ce jour {v.Civility} {first} {v.Surname}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)}, demeurant {v.Street}, {v.PostCode} {v.Commune}.");
        pb.Text($"{(v.Sex == "F" ? "Elle" : "Il")} déclare avoir été pris{E(v)} en charge le {FrenchDates.Long(c.Scenario.ActDate)} pour {c.ActText} à {c.Establishment.Name}.");
        pb.Text($"{c.Pick("J'ai constaté", "L'examen retrouve", "À l'examen, on constate")} : {c.DamageText}.");
        foreach (var s in Filler.Take(Filler.Exam, rng, 2 + rng.Next(3))) pb.Text(s);
        if (rng.Next(2) == 0) pb.Text($"Ces lésions entraînent une incapacité totale de travail (ITT) de {rng.Next(3, 60)} jours, sous réserve de complications.");
        pb.Text(c.Pick("Certificat établi à la demande de l'intéressé(e) et remis en main propre pour faire valoir ce que de droit.",
            "Certificat remis en main propre à l'intéressé(e), à sa demande.", "En foi de quoi je délivre le présent certificat."));
        pb.Gap();
        pb.Text($"Fait à {v.Commune}, le {FrenchDates.Any(date, rng)}");
        pb.Add(Signature(0.5, c.Pick("Signature et cachet :", "Cachet du médecin", "")));
        return Make(c, "initial-descriptif", pb.Build(), date, firstTruth);
    }

    public static Document Injuries(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var (first, firstTruth) = FirstNames(v, rng, allowFirstOnly: false, commas: true);
        var pb = new PageBuilder();
        foreach (var l in DoctorHead(c, rng)) pb.Add(l);
        pb.Gap();
        pb.Title(c.Pick("CERTIFICAT DESCRIPTIF DES LÉSIONS", "Certificat de constatation de lésions", "CERTIFICAT MÉDICAL DE CONSTATATION"));
        pb.Gap();
        double col = 0.32;
        pb.Add(Pair("Nom :", v.Surname, col, SpanStyle.Bold));
        if (v.Surname != v.BirthName) pb.Add(Pair("Nom de naissance :", v.BirthName, col));
        pb.Add(Pair("Prénom(s) :", first, col, SpanStyle.Bold));
        pb.Add(Pair("Date de naissance :", FrenchDates.Slash(v.BirthDate), col));
        pb.Add(Pair("Date de l'examen :", FrenchDates.Slash(date), col));
        pb.Gap();
        pb.Heading(c.Pick("Doléances", "DOLÉANCES DU PATIENT", "Plaintes"));
        pb.Text($"Le patient rapporte des troubles apparus après sa prise en charge pour {c.ActText} le {FrenchDates.Slash(c.Scenario.ActDate)}.");
        pb.Text(c.Pick("Douleurs quotidiennes, retentissement sur le sommeil.", "Gêne fonctionnelle importante dans les gestes de la vie courante.", "Fatigabilité, anxiété réactionnelle."));
        pb.Heading(c.Pick("Constatations", "EXAMEN CLINIQUE", "Lésions constatées"));
        pb.Text(Capital(c.DamageText) + ".");
        foreach (var s in Filler.Take(Filler.Exam, rng, 2 + rng.Next(2))) pb.Text("– " + s);
        pb.Heading(c.Pick("Conclusion", "CONCLUSION"));
        pb.Text(c.Pick($"Les lésions décrites sont compatibles avec les faits allégués. ITT : {rng.Next(5, 45)} jours.",
            "État nécessitant la poursuite des soins et un suivi spécialisé.", "Séquelles à évaluer à distance, après consolidation."));
        pb.Gap();
        pb.Add(Pair($"{v.Commune}, le", FrenchDates.Long(date), 0.3));
        pb.Add(Signature(0.5, DoctorName(c, rng).Replace("le Docteur", "Docteur")));
        return Make(c, "lesions", pb.Build(), date, firstTruth);
    }

    public static Document Consolidation(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var consolidated = c.Scenario.FormConsolidation!.Value;
        var (first, firstTruth) = FirstNames(v, rng);
        var pb = new PageBuilder();
        foreach (var l in DoctorHead(c, rng)) pb.Add(l);
        pb.Gap();
        pb.Title(c.Pick("CERTIFICAT MÉDICAL FINAL", "Certificat médical de consolidation", "CERTIFICAT DE CONSOLIDATION"));
        pb.Gap();
        pb.Text($"Je soussigné(e), Docteur {c.CertDoctor}, certifie que l'état de santé de {v.Civility} {first} {v.Surname}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)},");
        pb.Text($"ayant présenté {c.DamageText} au décours d'une prise en charge pour {c.ActText} le {FrenchDates.Slash(c.Scenario.ActDate)},");
        pb.Text($"peut être considéré comme consolidé à la date du {FrenchDates.Slash(consolidated)}, avec séquelles.");
        pb.Heading("Description des séquelles");
        foreach (var s in Filler.Take(Filler.Exam, rng, 2 + rng.Next(3))) pb.Text("– " + s);
        pb.Text(c.Pick("Soins ultérieurs : kinésithérapie d'entretien.", "Pas de soins ultérieurs en rapport.", "Traitement antalgique au long cours."));
        pb.Gap();
        pb.Text($"Fait à {v.Commune}, le {FrenchDates.Any(date, rng)}, pour servir et valoir ce que de droit.");
        pb.Add(Signature(0.55));
        return Make(c, "consolidation", pb.Build(), date, firstTruth);
    }

    /// <summary>A hospital's printed certificate form: printed labels, values hand-printed in the boxes.</summary>
    public static Document HospitalForm(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var pb = new PageBuilder();
        foreach (var l in Letterheads.Hospital(c, rng)) pb.Add(l);
        pb.Gap();
        pb.Title(c.Pick("CERTIFICAT MÉDICAL", "CERTIFICAT MÉDICAL — URGENCES", "Certificat médical de constatation"));
        pb.Gap();
        Line Field(string label, string value) => new([new Span(label), new Span(value, SpanStyle.Hand, 0.34)]);
        pb.Text($"Je soussigné(e), Docteur (nom, prénom) :");
        pb.Add(new Line([new Span(""), new Span(c.CertDoctor.ToUpperInvariant(), SpanStyle.Hand, 0.34)]));
        pb.Text("certifie avoir examiné :");
        pb.Add(Field("Nom :", v.Surname));
        pb.Add(Field("Prénom(s) :", v.FirstNamesText.ToUpperInvariant()));
        pb.Add(Field("Date de naissance :", FrenchDates.Slash(v.BirthDate)));
        pb.Add(Field("Date de l'examen :", FrenchDates.Slash(date)));
        pb.Gap();
        pb.Text("Constatations :");
        pb.Add(new Line([new Span(Capital(c.DamageText).ToUpperInvariant(), SpanStyle.Hand)]));
        pb.Add(new Line([new Span(c.Pick("SUITE A ", "APRES ") + c.ActText.ToUpperInvariant(), SpanStyle.Hand)]));
        pb.Gap();
        pb.Add(new Line([new Span("ITT (jours) :"), new Span(rng.Next(2, 40).ToString(System.Globalization.CultureInfo.InvariantCulture), SpanStyle.Hand, 0.34)]));
        pb.Small("Certificat remis en main propre à l'intéressé(e). Ne peut être remis à un tiers.");
        pb.Gap();
        pb.Add(new Line([new Span("Fait le :"), new Span(FrenchDates.Slash(date), SpanStyle.Hand, 0.2), new Span("", SpanStyle.Signature, 0.55, true)]));
        return Make(c, "formulaire-hospitalier", pb.Build(), date, v.FirstNamesText);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

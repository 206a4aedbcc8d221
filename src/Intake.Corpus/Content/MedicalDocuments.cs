using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;

namespace Intake.Corpus.Content;

/// <summary>Medical certificates and other medical records.</summary>
public static class MedicalDocuments
{
    public static Document Certificate(DossierContext c, DateOnly date)
    {
        var v = c.Victim;
        var pb = new PageBuilder();
        pb.Bold($"Docteur {c.CertDoctor}");
        pb.Small($"{c.Pick("Médecin généraliste", "Médecin du sport", "Rhumatologue", "Médecin physique et de réadaptation")} — RPPS {c.Rng.Next(10000000, 99999999)}{c.Rng.Next(100, 999)}");
        pb.Small($"{c.Rng.Next(1, 90)} {c.Pick("rue Garibaldi", "avenue Berthelot", "cours Lafayette", "rue de Créqui")}, {v.PostCode} {v.Commune}");
        pb.Gap();
        pb.Title(c.Pick("CERTIFICAT MÉDICAL", "Certificat médical initial", "CERTIFICAT MÉDICAL DESCRIPTIF"));
        pb.Gap();
        string civ = v.Sex == "F" ? "Madame" : "Monsieur";
        pb.Text($"Je soussigné(e), Docteur {c.CertDoctor}, certifie avoir examiné ce jour {civ} {v.FirstNamesText} {v.Surname}, né{(v.Sex == "F" ? "e" : "")} le {FrenchDates.Slash(v.BirthDate)}.");
        pb.Text($"{(v.Sex == "F" ? "Elle" : "Il")} présente les séquelles suivantes, consécutives à {c.ActText} du {FrenchDates.Slash(c.Scenario.ActDate)} : {c.DamageText}.");
        foreach (var s in Filler.Take(Filler.Exam, c.Rng, 3)) pb.Text(s);
        pb.Text("Certificat établi à la demande de l'intéressé(e) et remis en main propre pour faire valoir ce que de droit.");
        pb.Gap();
        pb.Text($"Fait à {v.Commune}, le {FrenchDates.Any(date, c.Rng)}");
        pb.Add(new Line([new Span("Signature et cachet :"), new Span("", SpanStyle.Signature, 0.5, true)]));
        var fields = new Dictionary<string, object>
        {
            ["certificat.date"] = date, ["certificat.medecin"] = c.CertDoctor,
            ["victime.nom"] = v.Surname, ["victime.prenoms"] = v.FirstNamesText,
        };
        return new Document(DocumentType.CertificatMedical, [pb.Build()], fields) { DossierKey = c.Key };
    }

    /// <summary>An operation report, a discharge letter or a prescription about the act in question.</summary>
    public static Document Record(DossierContext c, DateOnly date)
    {
        var v = c.Victim;
        var pb = new PageBuilder();
        pb.Bold(c.Establishment.Name);
        pb.Small($"{c.Establishment.PostCode} {c.Establishment.Commune} — Service de {c.Pick("chirurgie", "médecine", "orthopédie", "gastro-entérologie")}");
        pb.Gap();
        int kind = c.Rng.Next(3);
        string patient = $"Patient(e) : {v.Surname} {v.FirstName} — né(e) le {FrenchDates.Slash(v.BirthDate)}";
        if (kind == 0)
        {
            pb.Title("COMPTE RENDU OPÉRATOIRE");
            pb.Text(patient);
            pb.Text($"Date de l'intervention : {FrenchDates.Slash(c.Scenario.ActDate)} — Opérateur : Dr {c.Professional}");
            pb.Text($"Intervention : {c.ActText}.");
            pb.Text("Installation en décubitus dorsal, anesthésie générale, antibioprophylaxie selon protocole.");
            foreach (var s in Filler.Take(Filler.Discussion, c.Rng, 2)) pb.Text(s);
            pb.Text("Fermeture plan par plan. Pansement sec. Suites prévues : surveillance standard.");
        }
        else if (kind == 1)
        {
            pb.Title(c.Pick("LETTRE DE SORTIE", "Compte rendu d'hospitalisation"));
            pb.Text(patient);
            pb.Text($"Hospitalisation du {FrenchDates.Slash(c.Scenario.ActDate)} au {FrenchDates.Slash(c.Scenario.ActDate.AddDays(c.Rng.Next(3, 20)))}.");
            pb.Text($"Motif : {c.ActText}. Évolution marquée par {c.DamageText}.");
            foreach (var s in Filler.Take(Filler.History, c.Rng, 2)) pb.Text(s);
            pb.Text("Traitement de sortie : paracétamol 1 g trois fois par jour, anticoagulation préventive 10 jours.");
            pb.Text($"Bien confraternellement, Dr {c.Professional}");
        }
        else
        {
            pb.Title("ORDONNANCE");
            pb.Text($"Le {FrenchDates.Slash(date)}");
            pb.Text($"{v.Surname} {v.FirstName}");
            pb.Text("1) Paracétamol 1 g : 1 comprimé 3 fois par jour pendant 10 jours");
            pb.Text("2) Soins infirmiers à domicile : pansement tous les 2 jours pendant 3 semaines");
            pb.Text("3) Kinésithérapie : 20 séances de rééducation");
            pb.Text($"Dr {c.Professional}, {c.Specialty}");
        }
        var fields = new Dictionary<string, object> { ["victime.nom"] = v.Surname };
        return new Document(DocumentType.DocumentMedical, [pb.Build()], fields) { DossierKey = c.Key };
    }
}

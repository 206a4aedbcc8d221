using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;
using Intake.Domain.Fields;

namespace Intake.Corpus.Content;

/// <summary>Social-security attestations, sick-leave notices, death certificates, family-link proofs, court orders.</summary>
public static class AdminDocuments
{
    public static Document Attestation(DossierContext c, DateOnly date)
    {
        var v = c.Victim;
        var pb = new PageBuilder();
        pb.Bold(c.Caisse.StartsWith("MSA", StringComparison.Ordinal) ? "MSA — Mutualité sociale agricole" : "l'Assurance Maladie");
        pb.Small(c.Caisse);
        pb.Gap();
        pb.Title("Attestation de droits à l'assurance maladie");
        pb.Text($"Délivrée le {FrenchDates.Slash(date)}");
        pb.Text($"Assuré(e) : {v.Surname} {v.FirstNamesText}");
        pb.Text($"Numéro de sécurité sociale : {NirCode.Spaced(v.Nir)}");
        pb.Text($"Né(e) le {FrenchDates.Slash(v.BirthDate)}");
        pb.Text($"Organisme de rattachement : {c.Caisse}");
        pb.Text($"Droits ouverts du {FrenchDates.Slash(new DateOnly(date.Year, 1, 1))} au {FrenchDates.Slash(new DateOnly(date.Year, 12, 31))}");
        pb.Small("Cette attestation ne vaut pas carte Vitale. Conservez-la, elle peut vous être demandée.");
        var fields = new Dictionary<string, object> { ["victime.nir"] = v.Nir, ["victime.caisse"] = c.Caisse, ["victime.nom"] = v.Surname };
        return new Document(DocumentType.AttestationSecuriteSociale, [pb.Build()], fields) { DossierKey = c.Key };
    }

    public static Document SickLeave(DossierContext c, IReadOnlyList<Period> periods)
    {
        var v = c.Victim;
        var pb = new PageBuilder();
        pb.Small("cerfa n°10170 — Assurance Maladie");
        pb.Title(c.Pick("Avis d'arrêt de travail", "AVIS D'ARRÊT DE TRAVAIL", "Relevé des indemnités journalières"));
        pb.Text($"Assuré(e) : {v.Surname} {v.FirstName} — N° {NirCode.Spaced(v.Nir)}");
        pb.Text($"Employeur : {c.Pick("SARL Transports Rhodaniens", "Mairie de " + v.Commune, "SAS Bâtiment Alpes", "Clinique vétérinaire des Monts")}");
        foreach (var p in periods)
            pb.Text($"Arrêt de travail du {FrenchDates.Slash(p.Debut)} au {FrenchDates.Slash(p.Fin)} — indemnités journalières versées.");
        pb.Text($"Médecin prescripteur : Dr {c.CertDoctor}");
        var fields = new Dictionary<string, object>
        {
            ["arret.periodes"] = periods.Select(p => new Period(p.Debut, p.Fin)).ToList(), ["victime.nom"] = v.Surname,
        };
        return new Document(DocumentType.ArretTravail, [pb.Build()], fields) { DossierKey = c.Key };
    }

    public static Document DeathCertificate(DossierContext c, DateOnly death)
    {
        var v = c.Victim;
        var pb = new PageBuilder();
        pb.Small($"Mairie de {c.Establishment.Commune} — Service de l'état civil");
        pb.Title("EXTRAIT D'ACTE DE DÉCÈS");
        pb.Text($"Le {FrenchDates.Long(death)}, est décédé{(v.Sex == "F" ? "e" : "")} à {c.Establishment.Commune} :");
        pb.Bold($"{v.Surname} {v.FirstNamesText}");
        pb.Text($"né{(v.Sex == "F" ? "e" : "")} le {FrenchDates.Long(v.BirthDate)} à {v.BirthPlace}, domicilié{(v.Sex == "F" ? "e" : "")} {v.Street}, {v.PostCode} {v.Commune}.");
        pb.Text($"Dressé le {FrenchDates.Long(death.AddDays(2))} sur la déclaration de {c.Claimant.FirstName} {c.Claimant.Surname}.");
        pb.Small("Extrait délivré conformément à l'article 30 du décret n° 2017-890.");
        var fields = new Dictionary<string, object> { ["deces.date"] = death, ["victime.nom"] = v.Surname, ["victime.prenoms"] = v.FirstNamesText };
        return new Document(DocumentType.ActeDeces, [pb.Build()], fields) { DossierKey = c.Key };
    }

    /// <summary>Family record book extract (minor) or notarial heirship deed (deceased victim).</summary>
    public static Document FamilyLink(DossierContext c, bool heirship, DateOnly date)
    {
        var v = c.Victim;
        var f = c.Claimant;
        var pb = new PageBuilder();
        if (heirship)
        {
            pb.Bold($"Maître {c.Lawyer}, notaire à {f.Commune}");
            pb.Title("ACTE DE NOTORIÉTÉ");
            pb.Text($"L'an {date.Year}, le {FrenchDates.Long(date)}, il est constaté que {v.FirstNamesText} {v.Surname}, décédé(e) le {FrenchDates.Slash(c.Scenario.DeathDate!.Value)}, laisse pour recueillir sa succession :");
            pb.Text($"– {f.FirstNamesText} {f.Surname}, {c.FilerLink}, héritier(ère) pour le tout ou en concours avec les autres enfants.");
            pb.Text("Dont acte sur deux pages, lu et signé par les comparants et le notaire.");
        }
        else if (c.Chance(0.5))
        {
            pb.Title("LIVRET DE FAMILLE");
            pb.Text($"Mariage / Parents : {f.Surname} {f.FirstName}");
            pb.Heading("Enfant");
            pb.Text($"{v.Surname} {v.FirstNamesText}, né(e) le {FrenchDates.Long(v.BirthDate)} à {v.BirthPlace}");
            pb.Text($"Mère : {f.FirstName} {f.BirthName}");
        }
        else
        {
            pb.Title("ACTE DE NAISSANCE — Copie intégrale");
            pb.Text($"Le {FrenchDates.Long(v.BirthDate)} est né(e) à {v.BirthPlace} : {v.FirstNamesText} {v.Surname}, de sexe {(v.Sex == "F" ? "féminin" : "masculin")},");
            pb.Text($"fils ou fille de {f.FirstName} {f.BirthName}, sa mère.");
            pb.Text($"Délivré le {FrenchDates.Slash(date)} par l'officier de l'état civil.");
        }
        var fields = new Dictionary<string, object> { ["victime.nom"] = v.Surname, ["victime.prenoms"] = v.FirstNamesText };
        return new Document(DocumentType.JustificatifLien, [pb.Build()], fields) { DossierKey = c.Key };
    }

    public static Document Guardianship(DossierContext c, DateOnly date)
    {
        var v = c.Victim;
        var t = c.Claimant;
        string mesure = c.Scenario.Qualite == "curateur" ? "curatelle" : "tutelle";
        var pb = new PageBuilder();
        pb.Bold($"TRIBUNAL JUDICIAIRE DE {c.Pick("LYON", "GRENOBLE", "VALENCE", "AVIGNON")}");
        pb.Small("Juge des contentieux de la protection");
        pb.Title("JUGEMENT");
        pb.Text($"Rendu le {FrenchDates.Long(date)}");
        pb.Text($"Concernant {v.FirstNamesText} {v.Surname}, né(e) le {FrenchDates.Slash(v.BirthDate)}.");
        pb.Text($"PAR CES MOTIFS, le juge ouvre une mesure de {mesure} pour une durée de 60 mois et désigne en qualité de {(mesure == "tutelle" ? "tuteur" : "curateur")} :");
        pb.Bold($"{t.FirstName} {t.Surname}");
        pb.Text("Dit que la présente décision sera notifiée et mentionnée en marge de l'acte de naissance.");
        var fields = new Dictionary<string, object>
        {
            ["protection.mesure"] = mesure, ["protection.date"] = date, ["protection.protecteur_nom"] = $"{t.FirstName} {t.Surname}",
            ["victime.nom"] = v.Surname,
        };
        return new Document(DocumentType.JugementProtection, [pb.Build()], fields) { DossierKey = c.Key };
    }
}

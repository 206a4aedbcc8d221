using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Corpus.Scenarios;
using Intake.Domain.Documents;

namespace Intake.Corpus.Content;

/// <summary>Cover letters, insurers' replies, invoices and unrelated mail.</summary>
public static class Letters
{
    public static Document Cover(DossierContext c, DateOnly date)
    {
        var v = c.Victim;
        var pb = new PageBuilder();
        string sender;
        if (c.HasLawyer)
        {
            sender = c.Lawyer;
            pb.Bold(c.LawFirm);
            pb.Small($"Maître {c.Lawyer}, avocat au barreau de Lyon — {c.LawyerAddress}");
        }
        else
        {
            var s = c.Claimant;
            sender = $"{s.FirstName} {s.Surname}";
            pb.Text($"{s.FirstName} {s.Surname}");
            pb.Text(s.Street);
            pb.Text($"{s.PostCode} {s.Commune}");
        }
        pb.Gap();
        pb.Text("Commission de conciliation et d'indemnisation (CCI) Rhône-Alpes");
        pb.Text("Immeuble Le Tertial, 69100 Villeurbanne");
        pb.Gap();
        pb.Text($"{c.Pick("Lyon", v.Commune)}, le {FrenchDates.Long(date)}");
        pb.Bold(c.HasLawyer ? $"Objet : saisine de la CCI pour le compte de {v.Civility} {v.Surname}" : "Objet : demande d'indemnisation — envoi en recommandé avec accusé de réception");
        pb.Gap();
        pb.Text("Madame, Monsieur,");
        pb.Text(c.HasLawyer
            ? $"J'ai l'honneur de vous saisir, au nom de {v.Civility} {v.FirstName} {v.Surname}, né{(v.Sex == "F" ? "e" : "")} le {FrenchDates.Slash(v.BirthDate)}, d'une demande d'indemnisation consécutive à {c.ActText}."
            : $"Je vous prie de trouver ci-joint ma demande d'indemnisation (formulaire cerfa n°12245*03) concernant {(c.Filer is null ? "les suites de" : $"{v.FirstName} {v.Surname} et les suites de")} {c.ActText}.");
        pb.Text("Vous trouverez joints les justificatifs en ma possession ; je vous adresserai les pièces manquantes dès réception.");
        pb.Text("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.");
        pb.Add(new Line([new Span(""), new Span("", SpanStyle.Signature, 0.55, true)]));
        var fields = new Dictionary<string, object> { ["courrier.date"] = date, ["courrier.expediteur"] = sender };
        return new Document(DocumentType.Courrier, [pb.Build()], fields) { DossierKey = c.Key };
    }

    /// <summary>The insurer's reply: no contract, refusal, or a cover that had expired.</summary>
    public static Document InsurerReply(DossierContext c, Scenarios.InsurerReply reply, DateOnly date)
    {
        var v = c.Victim;
        var pb = new PageBuilder();
        pb.Bold(c.Insurer);
        pb.Small("Direction des sinistres — Responsabilité civile médicale");
        pb.Gap();
        pb.Text($"Paris, le {FrenchDates.Long(date)}");
        pb.Bold($"Objet : réclamation de {v.Civility} {v.FirstName} {v.Surname}, né{(v.Sex == "F" ? "e" : "")} le {FrenchDates.Slash(v.BirthDate)} — Dr {c.Professional}");
        pb.Gap();
        pb.Text("Madame, Monsieur,");
        var fields = new Dictionary<string, object>
        {
            ["courrier.date"] = date, ["courrier.expediteur"] = c.Insurer, ["victime.nom"] = v.Surname,
            ["victime.date_naissance"] = v.BirthDate,
        };
        switch (reply)
        {
            case Scenarios.InsurerReply.NoInsurance:
                pb.Text($"Après vérification, nous vous informons que le Docteur {c.Professional} n'est pas assuré auprès de notre compagnie : aucun contrat de responsabilité civile professionnelle n'a été souscrit à son nom.");
                fields["assurance.absente"] = true;
                break;
            case Scenarios.InsurerReply.CoverExpired:
                pb.Text($"Le contrat de responsabilité civile professionnelle du Docteur {c.Professional} a été résilié et la couverture avait expiré à la date de la réclamation (article L251-2 du code des assurances).");
                fields["assurance.couverture_expiree"] = true;
                break;
            default:
                pb.Text("Nous ne pouvons donner une suite favorable à cette réclamation et refusons toute prise en charge.");
                fields["assurance.refus"] = true;
                break;
        }
        pb.Text("Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.");
        pb.Text("Le service sinistres");
        return new Document(DocumentType.Courrier, [pb.Build()], fields) { DossierKey = c.Key };
    }

    /// <summary>A letter about something else, from someone with no dossier.</summary>
    public static Document Unrelated(PersonFactory people, Random rng, DateOnly date)
    {
        var p = people.Create(new DateOnly(1950, 1, 1), new DateOnly(1990, 12, 31));
        var pb = new PageBuilder();
        pb.Text($"{p.FirstName} {p.Surname}");
        pb.Text($"{p.Street}, {p.PostCode} {p.Commune}");
        pb.Gap();
        pb.Text($"{p.Commune}, le {FrenchDates.Long(date)}");
        pb.Bold("Objet : demande de renseignements");
        pb.Text("Madame, Monsieur,");
        pb.Text(rng.Next(2) == 0
            ? "Je souhaiterais savoir si ma situation relève de votre commission : je conteste une facture de dépassement d'honoraires."
            : "Pourriez-vous m'indiquer la marche à suivre pour obtenir la copie de mon dossier médical auprès de mon ancienne clinique ?");
        pb.Text("Dans l'attente de votre réponse, veuillez agréer, Madame, Monsieur, mes salutations distinguées.");
        var fields = new Dictionary<string, object> { ["courrier.date"] = date, ["courrier.expediteur"] = $"{p.FirstName} {p.Surname}" };
        return new Document(DocumentType.Courrier, [pb.Build()], fields);
    }

    public static Document Invoice(PersonFactory people, Random rng, DateOnly date, string? dossierKey = null, Person? patient = null)
    {
        var p = patient ?? people.Create(new DateOnly(1950, 1, 1), new DateOnly(1990, 12, 31));
        var pb = new PageBuilder();
        pb.Bold(rng.Next(2) == 0 ? "Pharmacie du Centre" : "Cabinet de kinésithérapie des Brotteaux");
        pb.Title($"FACTURE N° {rng.Next(1000, 9999)}-{date.Year}", centered: false);
        pb.Text($"Date : {FrenchDates.Slash(date)}");
        pb.Text($"Patient : {p.Surname} {p.FirstName}");
        decimal total = 0;
        for (int i = 0; i < 3; i++)
        {
            decimal amount = rng.Next(1500, 9000) / 100m;
            total += amount;
            pb.Spans(new Span(rng.Next(3) switch { 0 => "Séance de rééducation", 1 => "Pansements stériles", _ => "Location de cannes anglaises" }),
                new Span($"{amount:0.00} €".Replace('.', ','), SpanStyle.Normal, 0.75));
        }
        pb.Spans(new Span("Montant total TTC", SpanStyle.Bold), new Span($"{total:0.00} €".Replace('.', ','), SpanStyle.Bold, 0.75));
        pb.Small("Reçu la somme ci-dessus. Facture acquittée.");
        return new Document(DocumentType.JustificatifFrais, [pb.Build()], new Dictionary<string, object>()) { DossierKey = dossierKey };
    }

    /// <summary>Anything else: an advertising leaflet for a health conference.</summary>
    public static Document Leaflet(Random rng, DateOnly date)
    {
        var pb = new PageBuilder();
        pb.Title("JOURNÉES RÉGIONALES DE LA SANTÉ CONNECTÉE");
        pb.Centered($"Lyon — Centre de congrès — {FrenchDates.Long(date.AddDays(40 + rng.Next(30)))}");
        pb.Gap();
        pb.Text("Ateliers, démonstrations et tables rondes autour de la télémédecine et des objets connectés.");
        pb.Text("Inscription gratuite mais obligatoire sur notre site. Nombre de places limité.");
        pb.Text("Programme : intelligence artificielle et imagerie ; cybersécurité des établissements ; parcours patient.");
        pb.Small("Ne pas jeter sur la voie publique.");
        return new Document(DocumentType.Autre, [pb.Build()], new Dictionary<string, object>());
    }
}

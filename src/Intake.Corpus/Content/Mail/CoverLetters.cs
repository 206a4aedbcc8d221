using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Mail;

/// <summary>Cover letters sent with a claim: by the claimant (typed or hand-written, with or without "Objet :") or by a lawyer.</summary>
internal static class CoverLetters
{
    private static Document Make(DossierContext c, string template, List<Page> pages, DateOnly date, string sender) =>
        new(DocumentType.Courrier, pages, new Dictionary<string, object> { ["courrier.date"] = date, ["courrier.expediteur"] = sender })
        { DossierKey = c.Key, Template = "courrier/" + template };

    private static List<string> Story(DossierContext c, Random rng)
    {
        var v = c.Victim;
        bool self = c.Filer is null;
        string who = self ? $"j'ai été pris{E(v)} en charge" : $"{(v.Sex == "F" ? "ma" : "mon")} {(c.Scenario.Situation == Scenarios.VictimSituation.Minor ? (v.Sex == "F" ? "fille" : "fils") : "proche")}, {v.FirstName} {v.Surname}, a été pris{E(v)} en charge";
        var s = new List<string>
        {
            $"Le {FrenchDates.Long(c.Scenario.ActDate)}, {who} pour {c.ActText} au sein de l'établissement {c.Establishment.Name} à {c.Establishment.Commune}.",
            $"Les suites ont été marquées par {c.DamageText}, ce qui a {c.Pick("bouleversé notre vie", "entraîné de nombreuses hospitalisations", "laissé des séquelles importantes")}.",
        };
        var extra = new[]
        {
            "Depuis, les douleurs ne m'ont pas quitté(e) et je ne peux plus exercer mon activité comme avant.",
            "Je n'ai jamais reçu d'explication claire de la part de l'établissement malgré plusieurs courriers.",
            "Mon médecin traitant m'a conseillé de saisir votre commission.",
            "J'ai dû être aidé(e) au quotidien par ma famille pendant plusieurs mois.",
            "Une expertise a été évoquée, je suis disponible pour toute convocation.",
            "Je reste à votre disposition pour tout renseignement complémentaire.",
            "J'ai été réopéré(e) à deux reprises et j'ai passé plusieurs semaines en centre de rééducation, loin de ma famille.",
            "Je dois aujourd'hui être accompagné(e) pour mes déplacements et je ne conduis plus.",
            "Mon employeur a dû me remplacer pendant mon absence et je crains de perdre mon poste.",
            "Les comptes rendus que j'ai pu obtenir ne mentionnent pas la complication, ce que je ne comprends pas.",
            "J'ai adressé une réclamation à la commission des usagers de l'établissement, restée sans réponse à ce jour.",
            "Je souhaite avant tout comprendre ce qui s'est passé et que cela n'arrive pas à d'autres patients.",
        };
        s.AddRange(extra.OrderBy(_ => rng.Next()).Take(rng.Next(1, rng.Next(3) == 0 ? 12 : 5)));
        return s;
    }

    public static Document Claimant(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var s = c.Claimant;
        var v = c.Victim;
        bool hand = rng.Next(4) == 0;
        bool subject = rng.Next(3) != 0;
        var paragraphs = new List<string>
        {
            rng.Next(2) == 0
                ? $"Je vous prie de trouver ci-joint ma demande d'indemnisation (formulaire cerfa n°12245*03){(c.Filer is null ? "" : $" concernant {v.FirstName} {v.Surname}")}."
                : "Par la présente, je souhaite saisir votre commission d'une demande d'indemnisation et vous adresse le formulaire rempli.",
        };
        paragraphs.AddRange(Story(c, rng));
        paragraphs.Add("Vous trouverez joints les justificatifs en ma possession ; je vous adresserai les pièces manquantes dès réception.");
        var frame = new LetterFrame
        {
            Sender = LetterFrame.PersonBlock(s, rng),
            Recipient = LetterFrame.Commission(rng),
            PlaceAndDate = $"{c.Pick(s.Commune, "Fait à " + s.Commune)}, le {FrenchDates.Any(date, rng)}",
            Subject = subject ? c.Pick("demande d'indemnisation — envoi en recommandé avec accusé de réception", "saisine de la CCI", $"dossier de {v.FirstName} {v.Surname}", "demande d'indemnisation") : null,
            Paragraphs = paragraphs,
            Closing = c.Pick("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", "Veuillez agréer, Madame, Monsieur, mes sincères salutations.", "Dans l'attente de votre réponse, je vous prie de croire à l'assurance de ma considération."),
            SignatureBlock = rng.Next(2) == 0 ? [Right($"{s.FirstName} {s.Surname}")] : [],
            Enclosures = rng.Next(2) == 0 ? [Small("P.J. : formulaire cerfa, copie de ma pièce d'identité, certificats médicaux.")] : [],
            Hand = hand,
        };
        return Make(c, hand ? "envoi-victime-manuscrit" : subject ? "envoi-victime" : "envoi-victime-sans-objet", frame.Pages(rng), date, $"{s.FirstName} {s.Surname}");
    }

    public static Document Lawyer(DossierContext c, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var sender = Letterheads.Block(rng, c.LawFirm, $"Maître {c.Lawyer}", $"Avocat au barreau de {c.Pick("Lyon", "Grenoble", "Saint-Étienne", "Valence")}",
            c.LawyerAddress, $"Tél. {Phone(rng)} — Toque {rng.Next(100, 3000)}");
        var references = new List<Line>();
        if (rng.Next(2) == 0) references.Add(Small($"Nos réf. : {v.Surname}/{c.Establishment.Name.Split(' ')[0].ToUpperInvariant()} — {rng.Next(1000, 9999)}"));
        if (rng.Next(2) == 0) references.Add(Small($"LRAR n° 1A {rng.Next(100, 999)} {rng.Next(100, 999)} {rng.Next(1000, 9999)} {rng.Next(1, 9)}"));
        var paragraphs = new List<string>
        {
            $"J'ai l'honneur de vous saisir, au nom et pour le compte de {v.Civility} {v.FirstName} {v.Surname}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)}, d'une demande d'indemnisation consécutive à une intervention ({c.ActText}) réalisée le {FrenchDates.Long(c.Scenario.ActDate)}.",
            $"Mon client{(v.Sex == "F" ? "e" : "")} a présenté au décours de cette intervention {c.DamageText}, dont les conséquences apparaissent d'une particulière gravité.",
            "Les conditions de recevabilité posées par l'article L. 1142-8 du code de la santé publique me paraissent réunies.",
        };
        if (rng.Next(2) == 0) paragraphs.Add("Je sollicite, dans l'attente, la désignation d'un collège d'experts et vous remercie de me tenir informé(e) de la suite réservée à cette saisine.");
        if (rng.Next(2) == 0) paragraphs.Add("Je vous remercie de bien vouloir adresser toute correspondance relative à ce dossier à mon cabinet, mon client ayant fait élection de domicile en mon étude.");
        var enclosures = new List<Line> { Bold(c.Pick("Bordereau de pièces communiquées :", "Pièces jointes :")) };
        string[] pieces = ["Formulaire cerfa n°12245*03", "Pièce d'identité", "Certificat médical initial", "Compte rendu opératoire", "Compte rendu d'hospitalisation", "Attestation de droits"];
        for (int i = 0; i < 3 + rng.Next(4); i++) enclosures.Add(Text($"{i + 1}. {pieces[i % pieces.Length]}"));
        var frame = new LetterFrame
        {
            Sender = sender,
            Recipient = LetterFrame.Commission(rng),
            PlaceAndDate = $"{c.Pick("Lyon", "Grenoble", "Villeurbanne")}, le {FrenchDates.Long(date)}",
            References = references,
            Subject = rng.Next(4) == 0 ? null : c.Pick($"saisine de la CCI pour le compte de {v.Civility} {v.Surname}", $"{v.Civility} {v.Surname} c/ {c.Establishment.Name}", "demande d'indemnisation — accident médical"),
            Salutation = c.Pick("Madame la Présidente,", "Madame, Monsieur,", "Monsieur le Président,"),
            Paragraphs = paragraphs,
            Closing = c.Pick("Je vous prie de croire, Madame la Présidente, en l'assurance de ma considération distinguée.", "Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments dévoués."),
            SignatureBlock = [Right($"Maître {c.Lawyer}")],
            Enclosures = enclosures,
        };
        return Make(c, "avocat", frame.Pages(rng), date, c.Lawyer);
    }
}

using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Corpus.Scenarios;
using Intake.Domain.Documents;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Mail;

/// <summary>
/// The professional's insurer's reply (no contract, refusal, expired cover) in three house styles: classic letter with
/// "Objet :", a reference table, or no subject line at all. Truth: date, insurer, the victim's name and birth date,
/// and the insurance fact.
/// </summary>
internal static class InsurerLetters
{
    public static Document Reply(DossierContext c, InsurerReply reply, DateOnly date)
    {
        var rng = c.Rng;
        var v = c.Victim;
        var fields = new Dictionary<string, object>
        {
            ["courrier.date"] = date, ["courrier.expediteur"] = c.Insurer, ["victime.nom"] = v.Surname, ["victime.date_naissance"] = v.BirthDate,
        };
        string verdict;
        switch (reply)
        {
            case InsurerReply.NoInsurance:
                verdict = c.Pick(
                    $"Après vérification, nous vous informons que le Docteur {c.Professional} n'est pas assuré auprès de notre compagnie : aucun contrat de responsabilité civile professionnelle n'a été souscrit à son nom.",
                    $"Nos recherches n'ont permis de retrouver aucun contrat d'assurance de responsabilité civile professionnelle au nom du Docteur {c.Professional}. Nous ne sommes donc pas l'assureur de ce praticien.");
                fields["assurance.absente"] = true;
                break;
            case InsurerReply.CoverExpired:
                verdict = c.Pick(
                    $"Le contrat de responsabilité civile professionnelle du Docteur {c.Professional} a été résilié et la couverture avait expiré à la date de la réclamation (article L251-2 du code des assurances).",
                    $"Nous vous informons que la garantie souscrite par le Docteur {c.Professional} a pris fin avant la première réclamation ; le délai subséquent prévu par l'article L251-2 du code des assurances est expiré. Notre garantie n'est donc pas mobilisable.");
                fields["assurance.couverture_expiree"] = true;
                break;
            default:
                verdict = c.Pick("Nous ne pouvons donner une suite favorable à cette réclamation et refusons toute prise en charge.",
                    "Au vu des éléments du dossier, notre assuré ne nous paraît pas responsable ; nous opposons en conséquence un refus de garantie.");
                fields["assurance.refus"] = true;
                break;
        }
        var sender = Letterheads.Block(rng, c.Insurer, c.Pick("Direction des sinistres — Responsabilité civile médicale", "Service sinistres RC professionnelle santé", "Département Indemnisation"),
            $"{rng.Next(1, 120)} {c.Pick("boulevard Haussmann", "rue de Londres", "avenue de Wagram", "cours Albert Thomas")} — {c.Pick("75008 Paris", "75009 Paris", "69003 Lyon")}");
        string victim = $"{v.Civility} {v.FirstName} {v.Surname}, {Born(v)} le {FrenchDates.Slash(v.BirthDate)}";
        int style = rng.Next(3);
        var references = new List<Line>();
        string? subject = null;
        var paragraphs = new List<string>();
        if (style == 0) subject = $"réclamation de {victim} — Dr {c.Professional}";
        else if (style == 1)
        {
            references.Add(Pair("Votre référence :", c.Pick("saisine CCI", "dossier CCI en cours"), 0.3, kind: LineKind.Small));
            references.Add(Pair("Notre référence :", $"SIN-{date.Year}-{rng.Next(100000, 999999)}", 0.3, kind: LineKind.Small));
            references.Add(Pair("Réclamant :", victim, 0.3, kind: LineKind.Small));
            references.Add(Pair("Mis en cause :", $"Dr {c.Professional}", 0.3, kind: LineKind.Small));
        }
        else paragraphs.Add($"Nous accusons réception de votre courrier relatif à la réclamation présentée par {victim}, à l'encontre du Docteur {c.Professional}.");
        paragraphs.Add(verdict);
        if (rng.Next(2) == 0) paragraphs.Add("Nous restons à votre disposition pour tout renseignement complémentaire et vous prions de bien vouloir en informer le demandeur.");
        var frame = new LetterFrame
        {
            Sender = sender,
            Recipient = LetterFrame.Commission(rng),
            PlaceAndDate = $"{c.Pick("Paris", "Lyon", "Puteaux")}, le {FrenchDates.Any(date, rng)}",
            References = references,
            Subject = subject,
            Paragraphs = paragraphs,
            Closing = c.Pick("Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.", "Veuillez agréer, Madame, Monsieur, l'assurance de notre considération."),
            SignatureBlock = [Right(c.Pick("Le service sinistres", "Le gestionnaire du dossier", "Le responsable indemnisation"))],
        };
        return new Document(DocumentType.Courrier, frame.Pages(rng), fields) { DossierKey = c.Key, Template = "courrier/assureur-" + (style switch { 0 => "objet", 1 => "references", _ => "sans-objet" }) };
    }
}

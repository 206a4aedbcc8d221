using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Mail;

/// <summary>Letters that belong to no dossier: a private person's question, a hospital's answer about a medical file, a fund's letter.</summary>
internal static class UnrelatedMail
{
    private static Document Make(string template, List<Page> pages, DateOnly date, string sender) =>
        new(DocumentType.Courrier, pages, new Dictionary<string, object> { ["courrier.date"] = date, ["courrier.expediteur"] = sender })
        { Template = "courrier/" + template };

    public static Document PrivatePerson(PersonFactory people, Random rng, DateOnly date)
    {
        var p = people.Create(new DateOnly(1950, 1, 1), new DateOnly(1990, 12, 31));
        string[] questions =
        [
            "Je souhaiterais savoir si ma situation relève de votre commission : je conteste une facture de dépassement d'honoraires.",
            "Pourriez-vous m'indiquer la marche à suivre pour obtenir la copie de mon dossier médical auprès de mon ancienne clinique ?",
            "Mon père a été hospitalisé l'an dernier et nous nous interrogeons sur la qualité de sa prise en charge. Quels sont les délais pour vous saisir ?",
            "Je vous remercie de m'adresser un formulaire de demande d'indemnisation et la liste des pièces à fournir.",
        ];
        var frame = new LetterFrame
        {
            Sender = LetterFrame.PersonBlock(p, rng),
            Recipient = LetterFrame.Commission(rng),
            PlaceAndDate = $"{p.Commune}, le {FrenchDates.Long(date)}",
            Subject = rng.Next(2) == 0 ? rng.Next(2) == 0 ? "demande de renseignements" : "question" : null,
            Paragraphs = [questions[rng.Next(questions.Length)], "Je vous remercie par avance de votre réponse."],
            Closing = "Dans l'attente de votre réponse, veuillez agréer, Madame, Monsieur, mes salutations distinguées.",
            SignatureBlock = [Right($"{p.FirstName} {p.Surname}")],
            Hand = rng.Next(4) == 0,
        };
        return Make("particulier", frame.Pages(rng), date, $"{p.FirstName} {p.Surname}");
    }

    public static Document Hospital(PersonFactory people, Random rng, DateOnly date)
    {
        var e = people.Pick(FrenchData.Establishments);
        var patient = people.Create(new DateOnly(1950, 1, 1), new DateOnly(1990, 12, 31));
        var director = people.DoctorName();
        var sender = Letterheads.Block(rng, e.Name, rng.Next(2) == 0 ? "Direction de la qualité et des relations avec les usagers" : "Service des relations avec les usagers",
            $"{rng.Next(1, 150)} {people.Pick(FrenchData.Streets)} — {e.PostCode} {e.Commune}", $"Tél. {Phone(rng)}");
        var frame = new LetterFrame
        {
            Sender = sender,
            Recipient = [Right($"{patient.Civility} {patient.FirstName} {patient.Surname}"), Right(patient.Street), Right($"{patient.PostCode} {patient.Commune}")],
            PlaceAndDate = $"{e.Commune}, le {FrenchDates.Long(date)}",
            References = [Small($"Réf. : DQRU/{date.Year}/{rng.Next(100, 999)}")],
            Subject = rng.Next(3) == 0 ? null : "communication de votre dossier médical",
            Paragraphs =
            [
                "Suite à votre demande de communication de votre dossier médical, reçue le " + FrenchDates.Slash(date.AddDays(-rng.Next(5, 25))) + ", nous vous adressons ci-joint les pièces demandées.",
                "Conformément à l'article L. 1111-7 du code de la santé publique, les documents sont transmis sous pli confidentiel.",
                "Nous vous rappelons que la médiatrice de l'établissement peut être saisie pour toute difficulté.",
            ],
            Closing = "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
            SignatureBlock = [Right($"{director}"), Right("Directeur de la qualité", 0.55, LineKind.Small)],
        };
        return Make("hopital", frame.Pages(rng), date, e.Name);
    }

    public static Document Fund(PersonFactory people, Random rng, DateOnly date)
    {
        string caisse = people.Pick(FrenchData.Caisses.Where(x => x.StartsWith("CPAM", StringComparison.Ordinal)).ToArray());
        var patient = people.Create(new DateOnly(1950, 1, 1), new DateOnly(1990, 12, 31));
        var frame = new LetterFrame
        {
            Sender = Letterheads.Caisse(rng, caisse, patient.Commune, patient.PostCode),
            Recipient = [Right($"{patient.Civility} {patient.FirstName} {patient.Surname}"), Right(patient.Street), Right($"{patient.PostCode} {patient.Commune}")],
            PlaceAndDate = $"{patient.Commune}, le {FrenchDates.Slash(date)}",
            References = [Small($"N° de sécurité sociale : {NirCode.Spaced(patient.Nir)}")],
            Subject = rng.Next(2) == 0 ? "questionnaire « accident causé par un tiers »" : "votre demande de remboursement",
            Paragraphs =
            [
                "Les soins qui vous ont été délivrés récemment pourraient être consécutifs à un accident causé par un tiers.",
                "Afin de nous permettre d'exercer notre recours contre le responsable, nous vous remercions de compléter et nous retourner le questionnaire joint sous quinze jours.",
                "Cette démarche est sans incidence sur le remboursement de vos soins.",
            ],
            Closing = "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
            SignatureBlock = [Right("Le service recours contre tiers")],
        };
        return Make("caisse", frame.Pages(rng), date, caisse);
    }
}

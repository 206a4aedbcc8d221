using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Mail;

/// <summary>
/// Anything else (autre): a conference leaflet, a postal acknowledgement of receipt, an insurance advertisement, a
/// satisfaction survey, and the papers claimants slip into the envelope unasked: bank details for a payment, a
/// complementary-insurance card.
/// </summary>
internal static class OtherPapers
{
    private static Document Make(string template, Page page) =>
        new(DocumentType.Autre, [PageFlow.Checked(page)], new Dictionary<string, object>()) { Template = "autre/" + template };

    public static Document Leaflet(PersonFactory people, Random rng, DateOnly date)
    {
        var pb = new PageBuilder();
        string[] events = ["JOURNÉES RÉGIONALES DE LA SANTÉ CONNECTÉE", "FORUM DES USAGERS DU SYSTÈME DE SANTÉ", "SEMAINE DE LA SÉCURITÉ DES PATIENTS", "CONGRÈS DES AIDANTS FAMILIAUX"];
        pb.Title(events[rng.Next(events.Length)]);
        pb.Centered($"{people.Pick(FrenchData.Communes).Commune} — Centre de congrès — {FrenchDates.Long(date.AddDays(40 + rng.Next(30)))}");
        pb.Gap();
        pb.Text("Ateliers, démonstrations et tables rondes autour de la télémédecine, des droits des patients et des parcours de soins.");
        pb.Text("Inscription gratuite mais obligatoire sur notre site. Nombre de places limité.");
        pb.Heading("Programme");
        foreach (var s in new[] { "9 h 00 — Accueil des participants", "9 h 30 — Intelligence artificielle et imagerie", "11 h 00 — Cybersécurité des établissements", "14 h 00 — Le parcours patient de demain", "16 h 30 — Clôture" }.Take(3 + rng.Next(3)))
            pb.Text(s);
        pb.Gap();
        pb.Small("Ne pas jeter sur la voie publique.");
        return Make("depliant", pb.Build());
    }

    public static Document PostalReceipt(PersonFactory people, Random rng, DateOnly date)
    {
        var p = people.Create(new DateOnly(1950, 1, 1), new DateOnly(1990, 12, 31));
        var pb = new PageBuilder();
        pb.Add(new Line([new Span("La Poste", SpanStyle.Bold), new Span("AVIS DE RÉCEPTION", SpanStyle.Bold, 0.5)], LineKind.Heading));
        pb.Small("de votre lettre recommandée / of your registered letter");
        pb.Gap();
        pb.Add(Pair("N° de l'envoi :", $"1A {rng.Next(100, 999)} {rng.Next(100, 999)} {rng.Next(1000, 9999)} {rng.Next(1, 9)}", 0.34, SpanStyle.Bold));
        pb.Add(Pair("Présenté / avisé le :", FrenchDates.Slash(date.AddDays(-3)), 0.34));
        pb.Add(Pair("Distribué le :", FrenchDates.Slash(date.AddDays(-2)), 0.34));
        pb.Spans(new Span("Signature du destinataire"), new Span("", SpanStyle.Signature, 0.45, true));
        pb.Gap();
        pb.Text("Adresse de retour :");
        pb.Text($"{p.FirstName} {p.Surname}");
        pb.Text($"{p.Street}");
        pb.Text($"{p.PostCode} {p.Commune}");
        pb.Small("Ce document est à conserver : il prouve la distribution de votre envoi.");
        return Make("avis-reception", pb.Build());
    }

    public static Document Advertisement(PersonFactory people, Random rng, DateOnly date)
    {
        var pb = new PageBuilder();
        pb.Title(rng.Next(2) == 0 ? "VOTRE MUTUELLE SANTÉ À PARTIR DE 19,90 € PAR MOIS" : "Matériel médical à domicile : livraison en 48 heures");
        pb.Gap();
        pb.Text("Profitez de notre offre de bienvenue : trois mois offerts pour toute souscription avant le " + FrenchDates.Long(date.AddDays(30)) + ".");
        pb.Text("Lits médicalisés, fauteuils roulants, déambulateurs : location et vente, prise en charge possible par l'Assurance Maladie.");
        pb.Text("Appelez-nous au " + Phone(rng, "09") + " (appel non surtaxé) ou rendez-vous en agence.");
        pb.Gap();
        pb.Small("Offre soumise à conditions. Document publicitaire sans valeur contractuelle.");
        return Make("publicite", pb.Build());
    }

    public static Document Survey(PersonFactory people, Random rng, DateOnly date)
    {
        var e = people.Pick(FrenchData.Establishments);
        var pb = new PageBuilder();
        pb.Add(Bold(e.Name));
        pb.Gap();
        pb.Title("QUESTIONNAIRE DE SATISFACTION");
        pb.Text("Votre avis nous intéresse. Merci de consacrer quelques minutes à ce questionnaire anonyme.");
        pb.Gap();
        foreach (var q in new[] { "Accueil", "Information reçue", "Repas", "Respect de l'intimité", "Organisation de la sortie" })
            pb.Spans(new Span(q), new Span("Très bien", SpanStyle.Checkbox, 0.45, rng.Next(3) == 0), new Span("Bien", SpanStyle.Checkbox, 0.63, rng.Next(3) == 0),
                new Span("Insuffisant", SpanStyle.Checkbox, 0.76, false));
        pb.Gap();
        pb.Text("Remarques :");
        pb.Small($"Questionnaire à déposer dans l'urne du service ou à retourner par courrier — {e.Commune}.");
        return Make("questionnaire", pb.Build());
    }

    private static readonly string[] Banks =
    [
        "Banque Régionale du Centre-Est", "Crédit Coopératif des Alpes", "Caisse Mutuelle de Dépôts", "Banque Populaire du Rhône",
        "Société Lyonnaise de Banque", "Caisse de Crédit Agricole Mutuel Loire", "Banque du Dauphiné", "La Banque Postale",
    ];

    /// <summary>Bank details (relevé d'identité bancaire) the claimant adds so that an indemnity can be paid.</summary>
    public static Document BankDetails(PersonFactory people, Random rng, DateOnly date)
    {
        var p = people.Create(new DateOnly(1940, 1, 1), new DateOnly(2000, 12, 31));
        string bank = Banks[rng.Next(Banks.Length)];
        string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + rng.Next(10))));
        string code = Digits(5), branch = Digits(5), account = Digits(11), key = Digits(2);
        string iban = $"FR76{code}{branch}{account}{key}";
        string grouped = string.Join(' ', Enumerable.Range(0, (iban.Length + 3) / 4).Select(i => iban.Substring(i * 4, Math.Min(4, iban.Length - i * 4))));
        string bic = new string(Enumerable.Range(0, 4).Select(_ => (char)('A' + rng.Next(26))).ToArray()) + "FRPP" + Digits(3);
        var pb = new PageBuilder();
        pb.Add(Bold(bank));
        pb.Small($"Agence de {p.Commune}");
        pb.Gap();
        pb.Title(rng.Next(3) switch { 0 => "RELEVÉ D'IDENTITÉ BANCAIRE", 1 => "Relevé d'identité bancaire (RIB)", _ => "COORDONNÉES BANCAIRES" }, centered: rng.Next(2) == 0);
        pb.Gap();
        pb.Add(Pair(rng.Next(2) == 0 ? "Titulaire du compte :" : "Titulaire :", $"{(p.Sex == "F" ? "Mme" : "M.")} {p.FirstName} {p.Surname}", 0.3, SpanStyle.Bold));
        pb.Text($"{p.Street}, {p.PostCode} {p.Commune}");
        pb.Gap();
        double[] cols = [0, 0.22, 0.44, 0.72];
        if (rng.Next(2) == 0)
        {
            pb.Add(Row(["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"], cols, bold: true));
            pb.Add(Row([code, branch, account, key], cols));
            pb.Gap();
        }
        pb.Add(Pair("IBAN :", grouped, 0.3));
        pb.Add(Pair(rng.Next(2) == 0 ? "BIC :" : "Code BIC (SWIFT) :", bic, 0.3));
        pb.Add(Pair("Domiciliation :", $"{bank.ToUpperInvariant()} {p.Commune.ToUpperInvariant()}", 0.3));
        pb.Gap();
        pb.Small(rng.Next(2) == 0
            ? "Ce relevé est destiné à être remis à vos créanciers ou débiteurs pour la domiciliation de vos virements ou prélèvements."
            : "Document à remettre à tout organisme appelé à verser des sommes sur votre compte.");
        return Make("rib", pb.Build());
    }

    private static readonly string[] Mutuals =
    [
        "Mutuelle Santé Rhône-Alpes", "Harmonie Solidaire", "Mutuelle des Fonctionnaires du Sud", "Prévoyance Familiale Mutualiste",
        "Mutuelle Générale des Travailleurs", "Entraide Santé",
    ];

    /// <summary>A complementary-insurance (mutuelle) third-party payment card, photocopied.</summary>
    public static Document InsuranceCard(PersonFactory people, Random rng, DateOnly date)
    {
        var p = people.Create(new DateOnly(1940, 1, 1), new DateOnly(2000, 12, 31));
        var start = new DateOnly(date.Year, 1, 1);
        var pb = new PageBuilder();
        pb.Add(Bold(Mutuals[rng.Next(Mutuals.Length)]));
        pb.Small($"Organisme complémentaire n° {rng.Next(100000000, 999999999)}");
        pb.Gap();
        pb.Title(rng.Next(2) == 0 ? "CARTE DE TIERS PAYANT" : "Attestation de tiers payant complémentaire", centered: rng.Next(2) == 0);
        pb.Add(Pair("Période de validité :", $"du {FrenchDates.Slash(start)} au {FrenchDates.Slash(start.AddYears(1).AddDays(-1))}", 0.36));
        pb.Gap();
        pb.Add(Pair("Adhérent :", $"{p.Surname} {p.FirstName}", 0.36, SpanStyle.Bold));
        pb.Add(Pair("N° d'adhérent :", rng.Next(10000000, 99999999).ToString(System.Globalization.CultureInfo.InvariantCulture), 0.36));
        pb.Gap();
        double[] cols = [0, 0.2, 0.4, 0.6, 0.8];
        pb.Add(Row(["PHAR", "LABO", "RADL", "HOSP", "OPTI"], cols, bold: true));
        pb.Add(Row(["100 %", "100 %", "100 %", "100 %", rng.Next(2) == 0 ? "PEC" : "150 €"], cols));
        pb.Gap();
        pb.Small("Carte à présenter au professionnel de santé avec votre carte Vitale. En cas de perte, prévenez votre mutuelle.");
        return Make("carte-tiers-payant", pb.Build());
    }
}

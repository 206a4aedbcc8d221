using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Domain.Documents;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Mail;

/// <summary>Invoices, receipts and fee notes (justificatif_frais): pharmacy, physiotherapist, ambulance, clinic, medical equipment.</summary>
internal static class Expenses
{
    private static Document Make(string template, Page page) =>
        new(DocumentType.JustificatifFrais, [PageFlow.Checked(page)], new Dictionary<string, object>()) { Template = "justificatif_frais/" + template };

    private static readonly double[] Columns = [0, 0.55, 0.7, 0.85];

    private static (List<Line> Rows, decimal Total) Items(Random rng, string[] labels, int count)
    {
        var rows = new List<Line> { Row(["Désignation", "Qté", "P.U.", "Montant"], Columns, bold: true) };
        decimal total = 0;
        foreach (var label in labels.OrderBy(_ => rng.Next()).Take(count))
        {
            int qty = rng.Next(1, 5);
            decimal unit = rng.Next(450, 9000) / 100m;
            total += unit * qty;
            rows.Add(Row([label, qty.ToString(System.Globalization.CultureInfo.InvariantCulture), Money(unit), Money(unit * qty)], Columns));
        }
        return (rows, total);
    }

    private static PageBuilder Header(Random rng, string business, string address, string title, DateOnly date, Person p)
    {
        var pb = new PageBuilder();
        foreach (var l in Letterheads.Block(rng, business, address, $"Tél. {Phone(rng)}", $"SIRET {rng.Next(100, 999)} {rng.Next(100, 999)} {rng.Next(100, 999)} {rng.Next(10000, 99999)}")) pb.Add(l);
        pb.Gap();
        pb.Add(Right($"{p.Civility} {p.FirstName} {p.Surname}"));
        pb.Add(Right($"{p.PostCode} {p.Commune}"));
        pb.Gap();
        pb.Title(title, centered: rng.Next(2) == 0);
        pb.Add(Pair("Date :", FrenchDates.Slash(date), 0.2));
        return pb;
    }

    public static Document Pharmacy(PersonFactory people, Random rng, DateOnly date)
    {
        var p = people.Create(new DateOnly(1950, 1, 1), new DateOnly(1990, 12, 31));
        var pb = Header(rng, people.Pick(FrenchData.Pharmacies), $"{rng.Next(1, 90)} {people.Pick(FrenchData.Streets)}, {p.PostCode} {p.Commune}",
            rng.Next(2) == 0 ? $"FACTURE N° {rng.Next(1000, 99999)}" : "Facture acquittée", date, p);
        var (rows, total) = Items(rng, ["Pansements stériles 10x10", "Compresses non tissées", "Bas de contention classe II", "Paracétamol 1 g (boîte)", "Solution antiseptique", "Attelle de poignet", "Location de cannes anglaises"], 2 + rng.Next(4));
        foreach (var r in rows) pb.Add(r);
        pb.Gap();
        pb.Add(Row(["Total TTC", "", "", Money(total)], Columns, bold: true));
        pb.Add(Row(["Part obligatoire", "", "", Money(Math.Round(total * 0.65m, 2))], Columns));
        pb.Add(Row(["Reste à charge", "", "", Money(total - Math.Round(total * 0.65m, 2))], Columns));
        pb.Small("Facture acquittée — paiement par carte bancaire. TVA incluse au taux en vigueur.");
        return Make("pharmacie", pb.Build());
    }

    public static Document Physiotherapy(PersonFactory people, Random rng, DateOnly date)
    {
        var p = people.Create(new DateOnly(1950, 1, 1), new DateOnly(1990, 12, 31));
        var kine = people.DoctorName();
        var pb = Header(rng, $"Cabinet de kinésithérapie — {kine}", $"{rng.Next(1, 90)} {people.Pick(FrenchData.Streets)}, {p.PostCode} {p.Commune}",
            rng.Next(2) == 0 ? "NOTE D'HONORAIRES" : "Reçu d'honoraires", date, p);
        int sessions = 6 + rng.Next(15);
        decimal unit = rng.Next(1600, 2600) / 100m;
        pb.Text($"Séances de rééducation réalisées du {FrenchDates.Slash(date.AddDays(-7 * (sessions / 2)))} au {FrenchDates.Slash(date)} sur prescription médicale.");
        pb.Add(Row(["Acte", "Nombre", "Tarif", "Montant"], Columns, bold: true));
        pb.Add(Row([rng.Next(2) == 0 ? "AMK 7,5" : "Rééducation post-chirurgicale", sessions.ToString(System.Globalization.CultureInfo.InvariantCulture), Money(unit), Money(unit * sessions)], Columns));
        if (rng.Next(2) == 0) pb.Add(Row(["Dépassement (DE)", sessions.ToString(System.Globalization.CultureInfo.InvariantCulture), Money(5m), Money(5m * sessions)], Columns));
        pb.Gap();
        pb.Add(Pair("Reçu la somme de :", Money(unit * sessions), 0.4, SpanStyle.Bold));
        pb.Add(Signature(0.55, $"Le masseur-kinésithérapeute, {kine}"));
        return Make("kinesitherapie", pb.Build());
    }

    public static Document Ambulance(PersonFactory people, Random rng, DateOnly date)
    {
        var p = people.Create(new DateOnly(1950, 1, 1), new DateOnly(1990, 12, 31));
        var e = people.Pick(FrenchData.Establishments);
        var pb = Header(rng, rng.Next(2) == 0 ? "Ambulances Rhodaniennes" : "Taxi-ambulance du Pilat", $"ZA des Platières — {p.PostCode} {p.Commune}",
            rng.Next(2) == 0 ? "FACTURE DE TRANSPORT SANITAIRE" : "Bon de transport — facture", date, p);
        pb.Add(Pair("Trajet :", $"domicile — {e.Name} ({e.Commune})", 0.2));
        pb.Add(Pair("Mode :", rng.Next(2) == 0 ? "ambulance, aller-retour" : "véhicule sanitaire léger", 0.2));
        decimal km = rng.Next(8, 80), forfait = rng.Next(5000, 6500) / 100m, rate = rng.Next(220, 260) / 100m;
        pb.Add(Row(["Forfait départemental", "1", Money(forfait), Money(forfait)], Columns));
        pb.Add(Row(["Kilomètres parcourus", km.ToString(System.Globalization.CultureInfo.InvariantCulture), Money(rate), Money(rate * km)], Columns));
        pb.Gap();
        pb.Add(Row(["Montant total", "", "", Money(forfait + rate * km)], Columns, bold: true));
        pb.Small("Transport pris en charge sur prescription médicale de transport (cerfa n° 11574).");
        return Make("transport-sanitaire", pb.Build());
    }

    public static Document ClinicFees(PersonFactory people, Random rng, DateOnly date)
    {
        var p = people.Create(new DateOnly(1950, 1, 1), new DateOnly(1990, 12, 31));
        var e = people.Pick(FrenchData.Establishments);
        var pb = Header(rng, e.Name, $"{e.PostCode} {e.Commune} — Service des admissions et des frais de séjour",
            rng.Next(2) == 0 ? "AVIS DES SOMMES À PAYER" : "Facture de séjour", date, p);
        pb.Add(Pair("Séjour :", $"du {FrenchDates.Slash(date.AddDays(-rng.Next(3, 15)))} au {FrenchDates.Slash(date.AddDays(-1))}", 0.2));
        var (rows, total) = Items(rng, ["Forfait journalier hospitalier", "Chambre particulière", "Dépassement d'honoraires chirurgien", "Dépassement d'honoraires anesthésiste", "Télévision / téléphone", "Lit accompagnant"], 2 + rng.Next(4));
        foreach (var r in rows) pb.Add(r);
        pb.Gap();
        pb.Add(Row(["Total à payer", "", "", Money(total)], Columns, bold: true));
        pb.Small("À régler dans un délai de 30 jours à réception, auprès du Trésor public ou au guichet de l'établissement.");
        return Make("frais-sejour", pb.Build());
    }
}

using System.Globalization;
using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Corpus.Rendering;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Identity;

/// <summary>
/// The printed sides of identity papers: lines as on the real cards (labels as small lines, values as text, the title
/// on the front, machine-readable zone as MRZ lines). <see cref="CardLayout"/> places them on the card.
/// </summary>
internal static class CardSides
{
    public sealed record Sides(List<Line> Front, List<Line>? Back);

    private static string Spaced(DateOnly d) => d.ToString("dd MM yyyy", CultureInfo.InvariantCulture);

    private static Line Labels(params (string Text, double Column)[] cells) =>
        new(cells.Select(c => new Span(c.Text, SpanStyle.Normal, c.Column == 0 ? null : c.Column)).ToList(), LineKind.Small);

    private static Line Values(params (string Text, double Column)[] cells) =>
        new(cells.Select(c => new Span(c.Text, SpanStyle.Bold, c.Column == 0 ? null : c.Column)).ToList());

    private static string Prefecture(Person p, Random rng) =>
        rng.Next(3) == 0 ? $"Sous-préfecture de {p.Commune}" : $"Préfecture de {p.Commune}";

    public static Sides For(CardDesign design, Person p, Random rng)
    {
        if (design == CardDesign.Cni1995) return Cni1995(p, rng);
        if (design == CardDesign.Cni2021) return Cni2021(p, rng);
        if (design == CardDesign.Passport) return Passport(p, rng);
        return ResidencePermit(p, rng);
    }

    private static Sides Cni1995(Person p, Random rng)
    {
        var issued = new DateOnly(2005 + rng.Next(16), rng.Next(1, 13), rng.Next(1, 28));
        string dept = p.PostCode[..2] + rng.Next(10);
        string number = issued.ToString("yyMM", CultureInfo.InvariantCulture) + dept + rng.Next(10000, 99999).ToString(CultureInfo.InvariantCulture);
        var front = new List<Line>
        {
            Small("RÉPUBLIQUE FRANÇAISE"),
            Title($"CARTE NATIONALE D'IDENTITÉ N° : {number}"),
            Text("Nationalité Française"),
            Text($"Nom : {p.BirthName}"),
        };
        if (p.Surname != p.BirthName) front.Add(Text($"ép. {p.Surname}"));
        front.Add(Text($"Prénom(s) : {string.Join(", ", p.FirstNames)}"));
        front.Add(new Line([new Span($"Sexe : {p.Sex}"), new Span($"Né(e) le : {FrenchDates.Dots(p.BirthDate)}", SpanStyle.Normal, 0.3)]));
        front.Add(Text($"à : {p.BirthPlace.ToUpperInvariant()}"));
        front.Add(Text($"Taille : 1,{rng.Next(52, 92)} m"));
        front.Add(Small("Signature du titulaire :"));
        foreach (var l in Mrz.Cni1995(p, number, dept + rng.Next(100, 999).ToString(CultureInfo.InvariantCulture))) front.Add(new Line([new Span(l, SpanStyle.Mono)], LineKind.Mrz));
        var back = new List<Line>
        {
            Text($"Adresse : {p.Street.ToUpperInvariant()}"),
            Text($"{p.PostCode} {p.Commune.ToUpperInvariant()}"),
            Text($"Carte valable jusqu'au : {FrenchDates.Dots(issued.AddYears(rng.Next(2) == 0 ? 10 : 15))}"),
            Text($"délivrée le : {FrenchDates.Dots(issued)}"),
            Text($"par : {Prefecture(p, rng).ToUpperInvariant()}"),
            Small("Signature de l'autorité :"),
        };
        return new Sides(front, back);
    }

    private static Sides Cni2021(Person p, Random rng)
    {
        var issued = new DateOnly(2021 + rng.Next(5), rng.Next(1, 13), rng.Next(1, 28));
        var expiry = issued.AddYears(10).AddDays(-1);
        string number = string.Concat(Enumerable.Range(0, 9).Select(i => i is 2 or 3 ? (char)('A' + rng.Next(26)) : (char)('0' + rng.Next(10))));
        var front = new List<Line>
        {
            Small("RÉPUBLIQUE FRANÇAISE"),
            Title("CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"),
            Small("NOM / Surname"),
            Values((p.BirthName, 0)),
        };
        if (p.Surname != p.BirthName) { front.Add(Small("NOM D'USAGE / Alternate name")); front.Add(Values(($"ép. {p.Surname}", 0))); }
        front.Add(Small("Prénoms / Given names"));
        front.Add(Values((string.Join(", ", p.FirstNames), 0)));
        front.Add(Labels(("SEXE / Sex", 0), ("NATIONALITÉ / Nationality", 0.2), ("DATE DE NAISS. / Date of birth", 0.56)));
        front.Add(Values((p.Sex, 0), ("FRA", 0.2), (Spaced(p.BirthDate), 0.56)));
        front.Add(Small("LIEU DE NAISSANCE / Place of birth"));
        front.Add(Values((p.BirthPlace.ToUpperInvariant(), 0)));
        front.Add(Labels(("N° DU DOCUMENT / Document No", 0), ("DATE D'EXPIR. / Expiry date", 0.56)));
        front.Add(Values((number, 0), (Spaced(expiry), 0.56)));
        var back = new List<Line>
        {
            Small("ADRESSE / Address"),
            Values((p.Street.ToUpperInvariant(), 0)),
            Values(($"{p.PostCode} {p.Commune.ToUpperInvariant()}", 0)),
            Labels(("DATE DE DÉLIVRANCE / Date of issue", 0), ("AUTORITÉ / Authority", 0.5)),
            Values((Spaced(issued), 0), (Prefecture(p, rng), 0.5)),
        };
        foreach (var l in Mrz.Td1(p, number, expiry)) back.Add(new Line([new Span(l, SpanStyle.Mono)], LineKind.Mrz));
        return new Sides(front, back);
    }

    private static Sides Passport(Person p, Random rng)
    {
        var issued = new DateOnly(2016 + rng.Next(9), rng.Next(1, 13), rng.Next(1, 28));
        var expiry = issued.AddYears(10).AddDays(-1);
        string number = $"{issued.Year % 100:00}{(char)('A' + rng.Next(26))}{(char)('A' + rng.Next(26))}{rng.Next(10000, 99999)}";
        var page = new List<Line>
        {
            Small("RÉPUBLIQUE FRANÇAISE"),
            Title("PASSEPORT / PASSPORT"),
            Labels(("Type / Type", 0), ("Code du pays / Country code", 0.26), ("Passeport n° / Passport No.", 0.62)),
            Values(("P", 0), ("FRA", 0.26), (number, 0.62)),
            Small("Nom / Surname"),
            Values((p.BirthName, 0)),
            Small("Prénoms / Given names"),
            Values((string.Join(", ", p.FirstNames), 0)),
            Labels(("Nationalité / Nationality", 0), ("Date de naissance / Date of birth", 0.5)),
            Values(("Française", 0), (Spaced(p.BirthDate), 0.5)),
            Labels(("Sexe / Sex", 0), ("Lieu de naissance / Place of birth", 0.26)),
            Values((p.Sex, 0), (p.BirthPlace.ToUpperInvariant(), 0.26)),
            Labels(("Date de délivrance / Date of issue", 0), ("Date d'expiration / Date of expiry", 0.5)),
            Values((Spaced(issued), 0), (Spaced(expiry), 0.5)),
            Small("Autorité / Authority"),
            Values((Prefecture(p, rng), 0)),
        };
        foreach (var l in Mrz.Td3(p, number, expiry)) page.Add(new Line([new Span(l, SpanStyle.Mono)], LineKind.Mrz));
        return new Sides(page, null);
    }

    private static Sides ResidencePermit(Person p, Random rng)
    {
        var foreign = FrenchData.Foreign.First(f => f.Code == p.Nationality);
        var issued = new DateOnly(2019 + rng.Next(6), rng.Next(1, 13), rng.Next(1, 28));
        bool resident = rng.Next(2) == 0;
        var expiry = issued.AddYears(resident ? 10 : 4).AddDays(-1);
        string number = $"{rng.Next(10, 99)}{(char)('A' + rng.Next(26))}{rng.Next(100000, 999999)}";
        var front = new List<Line>
        {
            Small("RÉPUBLIQUE FRANÇAISE"),
            Title("TITRE DE SÉJOUR / RESIDENCE PERMIT"),
            Small("NOM / Surname"),
            Values((p.BirthName, 0)),
            Small("Prénoms / Given names"),
            Values((string.Join(", ", p.FirstNames), 0)),
            Labels(("SEXE / Sex", 0), ("NATIONALITÉ / Nationality", 0.2), ("DATE DE NAISS. / Date of birth", 0.56)),
            Values((p.Sex, 0), (p.Nationality, 0.2), (Spaced(p.BirthDate), 0.56)),
            Small("TYPE DE TITRE / Type of permit"),
            Values((resident ? "CARTE DE RÉSIDENT" : "CARTE DE SÉJOUR PLURIANNUELLE", 0)),
            Labels(("VALABLE JUSQU'AU / Valid until", 0), ("N° / No", 0.56)),
            Values((Spaced(expiry), 0), (number, 0.56)),
        };
        var back = new List<Line>
        {
            Small("REMARQUES / Remarks"),
            Values((resident ? "RÉSIDENT — AUTORISE SON TITULAIRE À TRAVAILLER" : "VIE PRIVÉE ET FAMILIALE", 0)),
            Small("LIEU DE NAISSANCE / Place of birth"),
            Values((p.BirthPlace.ToUpperInvariant(), 0)),
            Small("ADRESSE / Address"),
            Values(($"{p.Street.ToUpperInvariant()} {p.PostCode} {p.Commune.ToUpperInvariant()}", 0)),
            Labels(("DÉLIVRÉ LE / Issued on", 0), ($"NATIONALITÉ {foreign.Adjective.ToUpperInvariant()}", 0.5)),
            Values((Spaced(issued), 0)),
        };
        foreach (var l in Mrz.Td1(p, number, expiry, "IR", p.Nationality)) back.Add(new Line([new Span(l, SpanStyle.Mono)], LineKind.Mrz));
        return new Sides(front, back);
    }
}

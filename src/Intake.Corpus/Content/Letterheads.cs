using Intake.Corpus.Model;
using Intake.Corpus.People;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content;

/// <summary>Sender blocks at the top of a first page, each in a few house styles.</summary>
public static class Letterheads
{
    /// <summary>Name in bold with small lines under it, left or centred; or the name large; or name left and address right.</summary>
    public static List<Line> Block(Random rng, string name, params string[] details)
    {
        var lines = new List<Line>();
        int style = rng.Next(4);
        if (style == 3 && (Widest(name, LineKind.Text, true) > 0.58 * TextWidth
                           || details.Any(d => Widest(d, LineKind.Text) > 0.38 * TextWidth))) style = 0;
        switch (style)
        {
            case 0:
                lines.Add(Bold(name));
                lines.AddRange(details.Select(Small));
                break;
            case 1:
                lines.Add(Centered(name, LineKind.Heading, bold: true));
                lines.AddRange(details.Select(d => Centered(d, LineKind.Small)));
                break;
            case 2:
                lines.Add(new Line([new Span(name.ToUpperInvariant(), SpanStyle.Bold)], LineKind.Heading));
                lines.AddRange(details.Select(Small));
                break;
            default:
                lines.Add(new Line([new Span(name, SpanStyle.Bold), new Span(details.FirstOrDefault() ?? "", SpanStyle.Normal, 0.6)]));
                for (int i = 1; i < details.Length; i++) lines.Add(new Line([new Span(""), new Span(details[i], SpanStyle.Normal, 0.6)], LineKind.Small));
                break;
        }
        return lines;
    }

    public static List<Line> Hospital(DossierContext c, Random rng, bool withService = true)
    {
        var e = c.Establishment;
        var details = new List<string>();
        if (withService) details.Add(rng.Next(2) == 0 ? $"Service de {c.Service.ToLowerInvariant()}" : $"Pôle {c.Service}");
        details.Add($"{c.EstablishmentStreet} — {e.PostCode} {e.Commune}");
        if (rng.Next(2) == 0) details.Add($"Secrétariat : {Phone(rng)}{(rng.Next(2) == 0 ? " — Fax : " + Phone(rng) : "")}");
        if (rng.Next(3) == 0) details.Add($"FINESS {rng.Next(10, 99)}0{rng.Next(100000, 999999)}");
        return Block(rng, e.Name, details.ToArray());
    }

    public static List<Line> Practice(Random rng, string doctor, string specialty, string street, string postCode, string commune)
    {
        var details = new List<string> { Capital(specialty) };
        if (rng.Next(3) == 0) details.Add(rng.Next(2) == 0 ? "Ancien interne des hôpitaux" : "Ancien chef de clinique — assistant des hôpitaux");
        details.Add($"{street} — {postCode} {commune}");
        details.Add($"Tél. {Phone(rng)}{(rng.Next(2) == 0 ? "" : " — sur rendez-vous")}");
        details.Add($"RPPS {rng.Next(10000000, 99999999)}{rng.Next(100, 999)}{(rng.Next(2) == 0 ? "" : " — N° AM " + rng.Next(10, 99) + " 1 " + rng.Next(10000, 99999) + " " + rng.Next(1, 9))}");
        return Block(rng, rng.Next(2) == 0 ? $"Docteur {doctor}" : $"Dr {doctor}", details.ToArray());
    }

    /// <summary>The fund's letterhead: national brand line, then the local fund and its postal address.</summary>
    public static List<Line> Caisse(Random rng, string caisse, string commune, string postCode)
    {
        bool msa = caisse.StartsWith("MSA", StringComparison.Ordinal);
        string brand = msa ? "MSA — la sécurité sociale agricole" : caisse.StartsWith("CPAM", StringComparison.Ordinal)
            ? (rng.Next(2) == 0 ? "l'Assurance Maladie" : "Assurance Maladie — Agir ensemble, protéger chacun") : "Sécurité sociale";
        var lines = new List<Line> { rng.Next(2) == 0 ? Bold(brand, LineKind.Heading) : Bold(brand) };
        lines.Add(Text(caisse));
        lines.Add(Small($"{(msa ? "" : "Service relations assurés — ")}{postCode[..2]}9{rng.Next(10, 99)} {commune.ToUpperInvariant()} CEDEX {rng.Next(1, 20)}"));
        if (rng.Next(2) == 0) lines.Add(Small(msa ? $"msa.fr — {Phone(rng, "04")}" : "ameli.fr — 36 46 (service gratuit + prix appel)"));
        return lines;
    }

    public static List<Line> Mairie(Random rng, string commune, string? department = null)
    {
        var lines = new List<Line>();
        if (rng.Next(2) == 0) lines.Add(Centered("RÉPUBLIQUE FRANÇAISE", LineKind.Small));
        if (rng.Next(2) == 0) lines.Add(Centered("Liberté — Égalité — Fraternité", LineKind.Small));
        if (department is not null && rng.Next(2) == 0) lines.Add(Small($"Département : {department}"));
        lines.Add(rng.Next(2) == 0 ? Bold($"MAIRIE DE {commune.ToUpperInvariant()}") : Bold($"Ville de {commune}"));
        lines.Add(Small(rng.Next(2) == 0 ? "Service de l'état civil" : "Direction de la population — État civil"));
        return lines;
    }

    public static List<Line> Court(Random rng, string city)
    {
        var lines = new List<Line>();
        if (rng.Next(2) == 0) lines.Add(Centered("RÉPUBLIQUE FRANÇAISE", LineKind.Small));
        if (rng.Next(2) == 0) lines.Add(Centered("AU NOM DU PEUPLE FRANÇAIS", LineKind.Small));
        lines.Add(Bold($"TRIBUNAL JUDICIAIRE DE {city}"));
        lines.Add(Small(rng.Next(3) switch
        {
            0 => "Juge des contentieux de la protection",
            1 => "Pôle de la protection — Service des tutelles majeurs",
            _ => "Cabinet du juge des contentieux de la protection (tutelles)",
        }));
        return lines;
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

using Intake.Corpus.Model;
using Intake.Corpus.People;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Mail;

/// <summary>
/// A French business letter: sender block, recipient block, place and date, references, "Objet :" (or none), salutation,
/// paragraphs, closing formula and signature; laid out on one or two pages, the second with or without a running line.
/// </summary>
internal sealed class LetterFrame
{
    public required List<Line> Sender { get; init; }
    public List<Line> Recipient { get; init; } = [];
    public required string PlaceAndDate { get; init; }
    public List<Line> References { get; init; } = [];
    public string? Subject { get; init; }
    public string Salutation { get; init; } = "Madame, Monsieur,";
    public required List<string> Paragraphs { get; init; }
    public string Closing { get; init; } = "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.";
    public List<Line> SignatureBlock { get; init; } = [];
    public List<Line> Enclosures { get; init; } = [];
    /// <summary>Hand-written letter: body in hand-printed capitals.</summary>
    public bool Hand { get; init; }

    public List<Page> Pages(Random rng)
    {
        var head = new List<Line>(Sender) { Gap() };
        bool dateFirst = rng.Next(2) == 0;
        if (dateFirst) head.Add(Right(PlaceAndDate));
        foreach (var l in Recipient) head.Add(l);
        if (Recipient.Count > 0) head.Add(Gap());
        if (!dateFirst) head.Add(Right(PlaceAndDate));
        head.AddRange(References);
        if (Subject is not null) head.Add(rng.Next(3) == 0 ? Text($"Objet : {Subject}") : Bold($"Objet : {Subject}"));
        head.Add(Gap());
        var blocks = new List<IReadOnlyList<Line>> { new List<Line> { Text(Salutation) } };
        foreach (var p in Paragraphs)
            blocks.Add(Hand ? [new Line([new Span(p.ToUpperInvariant(), SpanStyle.Hand)])] : [Text(p)]);
        var close = new List<Line> { Hand ? new Line([new Span(Closing.ToUpperInvariant(), SpanStyle.Hand)]) : Text(Closing), Signature(rng.Next(2) == 0 ? 0.55 : 0.3) };
        close.AddRange(SignatureBlock);
        blocks.Add(close);
        if (Enclosures.Count > 0) blocks.Add([Gap(), .. Enclosures]);
        string runner = Sender.FirstOrDefault()?.PlainText ?? "";
        int style = rng.Next(3);
        var flow = new PageFlow(
            k => k == 0 ? head : style == 0 ? [] : [Small($"{runner} — {PlaceAndDate.Split(", le ").Last()} — page {k + 1}"), Gap()],
            style == 2 ? (k, n) => [Centered($"{k + 1}/{n}", LineKind.Small)] : null);
        return flow.Pour(blocks);
    }

    /// <summary>A private person's sender block: name, street, postcode and town (and sometimes phone, e-mail).</summary>
    public static List<Line> PersonBlock(Person p, Random rng)
    {
        var lines = new List<Line> { Text($"{(rng.Next(3) == 0 ? p.Civility + " " : "")}{p.FirstName} {p.Surname}"), Text(p.Street), Text($"{p.PostCode} {p.Commune}") };
        if (rng.Next(2) == 0) lines.Add(Text($"Tél. : {p.Phone[..2]} {p.Phone[2..4]} {p.Phone[4..6]} {p.Phone[6..8]} {p.Phone[8..]}"));
        if (rng.Next(3) == 0) lines.Add(Text(p.Email));
        return lines;
    }

    /// <summary>The commission's address, as senders write it.</summary>
    public static List<Line> Commission(Random rng)
    {
        string[][] variants =
        [
            ["Commission de conciliation et d'indemnisation (CCI)", "des accidents médicaux Rhône-Alpes", "Immeuble Le Tertial", "69100 Villeurbanne"],
            ["CCI Rhône-Alpes", "Immeuble Le Tertial", "69100 VILLEURBANNE"],
            ["Madame la Présidente", "Commission de conciliation et d'indemnisation", "Immeuble Le Tertial", "69100 Villeurbanne"],
            ["CRCI / CCI de Lyon", "Le Tertial — 69100 Villeurbanne"],
        ];
        return variants[rng.Next(variants.Length)].Select(s => Right(s, 0.5)).ToList();
    }
}

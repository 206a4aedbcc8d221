using Intake.Corpus.Content.Identity;
using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Corpus.Rendering;
using Intake.Corpus.Scenarios;
using Intake.Domain.Documents;

namespace Intake.Corpus.Content;

/// <summary>
/// Identity papers: the 1995 and 2021 identity cards, passports and residence permits; one side (a phone photo or a
/// flat scan), both sides on two pages, or a photocopy of both sides on one A4 sheet. The truth fields are all on the
/// front: birth name, all first names, birth date, paper type.
/// </summary>
public static class IdentityDocuments
{
    public static readonly IReadOnlyList<DocumentTemplate> Templates = Catalogue();

    private static List<DocumentTemplate> Catalogue()
    {
        var list = new List<DocumentTemplate>();
        Piece[] pieces = [Piece.IdVictim, Piece.IdFiler];
        foreach (var design in CardDesign.All)
        {
            var d = design;
            list.Add(new(d.Name, pieces, r => Build(r, d, Presentation.Front), r => Eligible(r, d)));
            if (d != CardDesign.Passport)
                list.Add(new(d.Name + "/recto-verso", pieces, r => Build(r, d, Presentation.BothSides),
                    r => Eligible(r, d) && r.Kind is not (FileKind.Jpeg or FileKind.Png)));
            list.Add(new(d.Name + CardDesign.PhotocopySuffix, pieces, r => Build(r, d, Presentation.Photocopy),
                r => Eligible(r, d) && r.Kind != FileKind.Jpeg));
        }
        return list;
    }

    private enum Presentation { Front, BothSides, Photocopy }

    private static Person Holder(PieceRequest r) => r.Piece == Piece.IdVictim ? r.C.Victim : r.C.Claimant;

    private static bool Eligible(PieceRequest r, CardDesign d) =>
        d == CardDesign.ResidencePermit ? !Holder(r).IsFrench : Holder(r).IsFrench;

    private static Document Build(PieceRequest r, CardDesign design, Presentation presentation)
    {
        var p = Holder(r);
        var sides = CardSides.For(design, p, r.C.Rng);
        var format = design == CardDesign.Passport ? PageFormat.Passport : PageFormat.IdCard;
        List<Page> pages = presentation switch
        {
            Presentation.Front => [new Page(sides.Front, format)],
            Presentation.BothSides => [new Page(sides.Front, format), new Page(sides.Back!, format)],
            _ => [new Page(sides.Back is null ? sides.Front : [.. sides.Front, new Line([], LineKind.Gap), .. sides.Back], PageFormat.A4)],
        };
        string template = design.Name + presentation switch
        {
            Presentation.BothSides => "/recto-verso",
            Presentation.Photocopy => CardDesign.PhotocopySuffix,
            _ => "",
        };
        var fields = new Dictionary<string, object>
        {
            ["identite.type"] = design == CardDesign.Passport ? "passeport" : design == CardDesign.ResidencePermit ? "titre_sejour" : "cni",
            ["identite.nom"] = p.BirthName,
            ["identite.prenoms"] = p.FirstNamesText,
            ["identite.date_naissance"] = p.BirthDate,
        };
        return new Document(DocumentType.PieceIdentite, pages, fields) { DossierKey = r.C.Key, Template = template };
    }
}

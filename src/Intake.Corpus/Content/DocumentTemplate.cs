using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Corpus.Scenarios;

namespace Intake.Corpus.Content;

/// <summary>What a template is asked to write: a piece of a dossier's mail, the day it arrives, how its file is made.</summary>
/// <param name="ReportPages">The body length of an expert report, in pages (annexes may follow).</param>
public sealed record PieceRequest(DossierContext C, Piece Piece, int Day, FileKind Kind, int ReportPages = 3);

/// <summary>
/// One way of writing a piece of a dossier's mail: its name ("type/template", also <see cref="Document.Template"/>),
/// the pieces it can write, when it applies (a death certificate needs a death), and how it is built.
/// </summary>
public sealed record DocumentTemplate(string Name, Piece[] Pieces, Func<PieceRequest, Document> Build, Func<PieceRequest, bool>? When = null)
{
    public string Type => Name[..Name.IndexOf('/', StringComparison.Ordinal)];

    public bool Applies(PieceRequest r) => Pieces.Contains(r.Piece) && (When?.Invoke(r) ?? true);
}

/// <summary>One way of writing mail that belongs to no dossier (an unrelated letter, an invoice, a leaflet).</summary>
public sealed record MiscTemplate(string Name, Func<PersonFactory, Random, DateOnly, Document> Build)
{
    public string Type => Name[..Name.IndexOf('/', StringComparison.Ordinal)];
}

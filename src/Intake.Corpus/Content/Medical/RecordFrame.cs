using Intake.Corpus.Model;
using Intake.Corpus.People;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content.Medical;

/// <summary>
/// The frame of a multi-page record: the first page opens with the letterhead and title, the others carry a running
/// header (establishment, patient, date) or nothing; footers say "page k/n" in one of several ways, or nothing.
/// Continuation pages never repeat the title.
/// </summary>
internal sealed class RecordFrame
{
    private readonly List<Line> _firstPage;
    private readonly int _headerStyle, _footerStyle;
    private readonly string _sender, _patient, _date;

    public RecordFrame(List<Line> firstPage, string sender, Person patient, DateOnly date, Random rng, bool allowBare = true)
    {
        _firstPage = firstPage;
        _sender = sender;
        _patient = rng.Next(2) == 0 ? $"{patient.Surname} {patient.FirstName}" : $"{patient.FirstName} {patient.Surname}";
        _date = FrenchDates.Slash(date);
        _headerStyle = rng.Next(allowBare ? 4 : 3) switch { 0 => 1, 1 => 2, 2 => 3, _ => 0 };
        _footerStyle = rng.Next(allowBare ? 6 : 5) switch { 5 => 0, var k => k + 1 };
    }

    private IReadOnlyList<Line> Header(int k)
    {
        if (k == 0) return _firstPage;
        return _headerStyle switch
        {
            1 => [Small($"{_sender} — {_patient}"), Gap()],
            2 => [new Line([new Span(_patient, SpanStyle.Bold), new Span($"Document du {_date}", SpanStyle.Normal, 0.62)], LineKind.Small), Gap()],
            3 => [Small(_sender), Small($"Patient(e) : {_patient} — {_date}"), Gap()],
            _ => [],
        };
    }

    private IReadOnlyList<Line> Footer(int k, int n) => _footerStyle switch
    {
        1 => [Small($"Page {k + 1}/{n}")],
        2 => [Centered($"{k + 1}/{n}", LineKind.Small)],
        3 => [Small($"{_sender} — document confidentiel — page {k + 1} sur {n}")],
        4 => [Centered($"— {k + 1} —", LineKind.Small)],
        5 => [new Line([new Span(_patient), new Span($"Page {k + 1} / {n}", SpanStyle.Normal, 0.8)], LineKind.Small)],
        _ => [],
    };

    public List<Page> Pour(IEnumerable<IReadOnlyList<Line>> blocks) => new PageFlow(Header, Footer, footerAtBottom: true).Pour(blocks);
}

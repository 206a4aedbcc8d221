using Intake.Corpus.Content.Reports;
using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Corpus.Scenarios;
using Intake.Domain.Documents;
using static Intake.Corpus.Content.Printed;

namespace Intake.Corpus.Content;

/// <summary>
/// Expert reports (rapport d'expertise) in several structures: conclusions at the end, a summary on the first page,
/// the CCI mission's points answered one by one, a table of heads of damage, and annexes after the signature.
/// The body runs to about the requested number of pages; annexes may add up to four.
/// </summary>
public static class ExpertReport
{
    private static DateOnly ReportDate(PieceRequest r) => r.C.DatedBefore(r.Day, 6, 25);
    private static bool HasFacts(PieceRequest r) => r.C.Scenario.Report is not null;
    private static ReportFacts Facts(PieceRequest r) => r.C.Scenario.Report ?? throw new InvalidOperationException("no report facts");

    public static readonly IReadOnlyList<DocumentTemplate> Templates =
    [
        new("rapport_expertise/classique", [Piece.Report], r => Build(r, Structure.Classic), HasFacts),
        new("rapport_expertise/synthese-en-tete", [Piece.Report], r => Build(r, Structure.SummaryFirst), HasFacts),
        new("rapport_expertise/mission-cci", [Piece.Report], r => Build(r, Structure.Mission), HasFacts),
        new("rapport_expertise/tableau", [Piece.Report], r => Build(r, Structure.Table), HasFacts),
        new("rapport_expertise/annexes", [Piece.Report], r => Build(r, Structure.Annexes), HasFacts),
    ];

    private enum Structure { Classic, SummaryFirst, Mission, Table, Annexes }

    private static Document Build(PieceRequest req, Structure structure)
    {
        var c = req.C;
        var rng = c.Rng;
        var v = c.Victim;
        var reportDate = ReportDate(req);
        string Date(DateOnly d) => FrenchDates.Any(d, rng);
        var conclusions = new Conclusions(c, Facts(req), Date);
        var fields = new Dictionary<string, object>(conclusions.Fields)
        {
            ["expertise.date"] = reportDate,
            ["expertise.expert"] = c.Expert,
            ["victime.nom"] = v.Surname,
            ["victime.prenoms"] = v.FirstNamesText,
            ["victime.date_naissance"] = v.BirthDate,
        };
        string name = $"{v.Civility} {v.FirstNamesText} {v.Surname}";

        var head = new List<Line>();
        head.AddRange(Letterheads.Block(rng, $"Docteur {c.Expert}",
            c.Pick("Expert près la cour d'appel de Lyon", "Expert inscrit sur la liste nationale des experts en accidents médicaux", "Médecin expert — réparation du dommage corporel"),
            $"{rng.Next(1, 90)} {c.Factory.Pick(FrenchData.Streets)} — {c.Pick("69006 Lyon", "38000 Grenoble", "42000 Saint-Étienne")}"));
        head.Add(Gap());
        head.Add(Title(c.Pick("RAPPORT D'EXPERTISE MÉDICALE", "Rapport d'expertise", "RAPPORT D'EXPERTISE — MISSION CCI", "RAPPORT D'EXPERTISE MÉDICO-LÉGALE")));
        head.Add(Gap());

        var identification = new List<Line>
        {
            Text($"{c.Pick("Date du rapport :", "Rapport déposé le", "Date :")} {Date(reportDate)}"),
            Text($"{c.Pick("Concernant :", "Victime :", "Expertise de")} {name}, {Born(v)} le {Date(v.BirthDate)}"),
        };
        if (c.Chance(0.5)) identification.Add(Text($"N° de sécurité sociale : {NirCode.Spaced(v.Nir)}"));
        identification.Add(Text(c.Pick(
            "Mission confiée par la commission de conciliation et d'indemnisation (CCI) Rhône-Alpes.",
            "Expertise amiable réalisée à la demande du conseil de la victime.",
            "Désigné par la CCI, nous avons reçu mission d'examiner la victime et de décrire son dommage.")));
        identification.Add(Gap());

        var facts = new List<Line>
        {
            Heading(c.Pick("I. Commémoratifs", "RAPPEL DES FAITS", "1. Exposé des faits")),
            Text($"Le {FrenchDates.Long(c.Scenario.ActDate)}, {c.ActText} a été réalisée au sein de {c.Establishment.Name} ({c.Establishment.Commune}). Les suites ont été marquées par {c.DamageText}."),
        };

        string closing = $"Fait à {c.Pick("Lyon", "Grenoble", "Villeurbanne")}, le {FrenchDates.Long(reportDate)}";
        var signature = new List<Line> { Gap(), Text(closing), Signature(0.5), Bold($"Docteur {c.Expert}") };

        List<IReadOnlyList<Line>> Body(int fillers)
        {
            var blocks = new List<IReadOnlyList<Line>> { identification };
            if (structure == Structure.SummaryFirst)
                blocks.Add([Heading(c.Pick("SYNTHÈSE DES CONCLUSIONS", "Résumé des conclusions")), .. conclusions.Prose(), Gap()]);
            blocks.Add(facts);
            string[] sections = structure == Structure.Mission
                ? []
                : [c.Pick("Antécédents", "État antérieur"), c.Pick("Doléances", "Déclarations de la victime"), c.Pick("Examen clinique", "EXAMEN"), c.Pick("Discussion", "DISCUSSION MÉDICO-LÉGALE")];
            int per = Math.Max(1, fillers / Math.Max(1, sections.Length));
            for (int s = 0; s < sections.Length; s++)
            {
                var paragraphs = s switch
                {
                    0 => [.. Filler.Take(Filler.History, rng, 2), .. ReportProse.Chronology(c, rng, per, reportDate)],
                    1 => Enumerable.Range(0, per).Select(_ => ReportProse.Complaint(c, rng)).Distinct().ToList(),
                    2 => Enumerable.Range(0, per).Select(_ => ReportProse.Examination(rng)).Distinct().ToList(),
                    _ => Enumerable.Range(0, per).Select(_ => ReportProse.Discussion(c, rng)).Distinct().ToList(),
                };
                blocks.Add([Heading($"{Roman(s + 2)}. {sections[s]}"), Text(paragraphs[0])]);
                blocks.AddRange(paragraphs.Skip(1).Select(p => (IReadOnlyList<Line>)[Text(p)]));
            }
            if (structure == Structure.Mission)
            {
                blocks.Add([Heading(c.Pick("RÉPONSES AUX QUESTIONS DE LA MISSION", "MISSION ET RÉPONSES"))]);
                int k = 1, per2 = Math.Max(1, fillers / 4);
                foreach (var (question, answer) in conclusions.Mission())
                {
                    int point = k++;
                    var lines = new List<Line> { Bold($"{point}. {question}") };
                    if (answer is null)
                        lines.AddRange((point switch
                        {
                            1 => [$"Les parties ont été convoquées par lettre recommandée ; la réunion d'expertise s'est tenue le {FrenchDates.Slash(reportDate.AddDays(-20 - rng.Next(60)))}.", .. Enumerable.Range(0, per2).Select(_ => ReportProse.Complaint(c, rng))],
                            2 => ReportProse.Chronology(c, rng, per2, reportDate),
                            _ => [.. Filler.Take(Filler.History, rng, 3), .. Enumerable.Range(0, per2).Select(_ => ReportProse.Examination(rng))],
                        }).Distinct().Select(t => Text(t)));
                    else lines.AddRange(answer);
                    blocks.Add(lines);
                }
            }
            else if (structure == Structure.Table)
                blocks.Add([Heading(c.Pick("CONCLUSIONS", "TABLEAU RÉCAPITULATIF")), Text($"Au terme de nos opérations d'expertise concernant {name}, nous retenons :"), .. conclusions.Table()]);
            else
                blocks.Add([Heading(c.Pick("CONCLUSIONS", "Conclusions médico-légales", "VII. CONCLUSIONS")),
                    Text($"Au terme de nos opérations d'expertise concernant {name}, nous concluons comme suit :"), .. conclusions.Prose()]);
            blocks.Add(signature);
            if (structure == Structure.Annexes)
            {
                int annexes = 1 + rng.Next(4);
                string[] titles = ["ANNEXE 1 — Liste des pièces communiquées", "ANNEXE 2 — Réponses aux dires des parties", "ANNEXE 3 — Bibliographie", "ANNEXE 4 — Convocations et accusés de réception"];
                for (int a = 0; a < annexes; a++)
                {
                    blocks.Add(PageFlow.PageBreak);
                    blocks.Add([Heading(titles[a])]);
                    for (int p = 0; p < 6 + rng.Next(10); p++)
                        blocks.Add([Text(a switch
                        {
                            0 => $"Pièce n° {p + 1} : {c.Pick("compte rendu opératoire", "lettre de sortie", "certificat médical initial", "résultats d'imagerie", "dossier infirmier")} du {FrenchDates.Slash(c.Scenario.ActDate.AddDays(rng.Next(0, 200)))}",
                            1 => $"Dire n° {p + 1} du conseil de {c.Pick("la victime", "l'établissement", "l'assureur")} : {ReportProse.Discussion(c, rng)}",
                            2 => $"{p + 1}. {c.Factory.Pick(FrenchData.Surnames)} et al., {c.Pick("Revue de chirurgie orthopédique", "Annales françaises d'anesthésie", "Journal de chirurgie viscérale", "Presse médicale")}, {2000 + rng.Next(24)} ; {rng.Next(10, 99)} : {rng.Next(100, 900)}-{rng.Next(900, 999)}.",
                            _ => $"Convocation adressée le {FrenchDates.Slash(c.Scenario.ActDate.AddDays(300 + rng.Next(300)))} à {c.Pick("la victime", "l'établissement", "l'assureur", "l'ONIAM")} — accusé de réception signé.",
                        })]);
                }
            }
            return blocks;
        }

        int style = rng.Next(3);
        IReadOnlyList<Line> Header(int k) => k == 0 ? head : style switch
        {
            0 => [Small($"Dr {c.Expert} — Expertise de {v.Civility} {v.Surname}"), Gap()],
            1 => [Small($"Rapport d'expertise — {v.Surname} {v.FirstName}"), Gap()],
            _ => [],
        };
        IReadOnlyList<Line> Footer(int k, int n) => style == 2 ? [Centered($"— {k + 1} —", LineKind.Small)] : [Small($"Page {k + 1}/{n}")];
        var flow = new PageFlow(Header, Footer);
        // About 20 paragraphs of filler make a page: aim, measure, correct.
        int target = Math.Max(2, req.ReportPages), fill = Math.Max(2, (target - 1) * 20);
        var pages = flow.Pour(Body(fill), verify: false);
        for (int attempt = 0; attempt < 8 && BodyPages(pages, structure) != target; attempt++)
        {
            fill = Math.Max(1, fill + (target - BodyPages(pages, structure)) * 16 + rng.Next(-3, 4));
            pages = flow.Pour(Body(fill), verify: false);
        }
        foreach (var page in pages) PageFlow.Checked(page);
        return new Document(DocumentType.RapportExpertise, pages, fields) { DossierKey = c.Key, Template = "rapport_expertise/" + StructureName(structure) };
    }

    private static int BodyPages(List<Page> pages, Structure s) =>
        s != Structure.Annexes ? pages.Count : pages.FindIndex(p => p.Lines.Any(l => l.PlainText.StartsWith("ANNEXE", StringComparison.Ordinal))) is var i and >= 0 ? i : pages.Count;

    private static string StructureName(Structure s) => s switch
    {
        Structure.Classic => "classique",
        Structure.SummaryFirst => "synthese-en-tete",
        Structure.Mission => "mission-cci",
        Structure.Table => "tableau",
        _ => "annexes",
    };

    private static string Roman(int n) => n switch { 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

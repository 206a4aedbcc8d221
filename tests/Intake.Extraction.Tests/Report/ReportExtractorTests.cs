using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Report;

public class ReportExtractorTests
{
    private static IReadOnlyList<ExtractedField> Run(params string[] lines)
    {
        var page = new PageBuilder(1);
        foreach (var l in lines) page.Line(l);
        return new FieldExtractor().Extract(DocumentType.RapportExpertise, [page.Build()], []);
    }

    private static readonly string[] Full =
    [
        "RAPPORT D'EXPERTISE MÉDICALE",
        "Dossier CCI-2025-000123",
        "Je soussigné, Docteur Alain BERNARD, expert désigné par la commission,",
        "concernant Madame Jeanne DUPONT, née le 12/03/1970, demeurant à Lyon.",
        "MISSION",
        "Dire si les actes ont été conformes aux règles de l'art et si une faute a été commise.",
        "DISCUSSION",
        "Le chirurgien, le Dr ROUX, n'a pas respecté les règles de l'art : le geste n'était pas conforme aux données acquises de la science.",
        "Une faute est imputable au Dr Henri ROUX, chirurgien orthopédiste.",
        "Il ne s'agit pas d'un aléa thérapeutique.",
        "L'infection n'est pas d'origine nosocomiale.",
        "CONCLUSIONS",
        "DFT total du 15/06/2020 au 20/06/2020.",
        "DFT partiel de classe III (50 %) du 21/06/2020 au 30/09/2020.",
        "DFT partiel de classe I du 01/10/2020 au 28/02/2022.",
        "Arrêt des activités professionnelles du 15/06/2020 au 31/12/2020.",
        "La consolidation est fixée au 1er mars 2022.",
        "AIPP : 15 %",
        "Souffrances endurées : 3,5/7",
        "Préjudice esthétique temporaire : 2/7",
        "Préjudice esthétique permanent : 1,5/7",
        "Inaptitude définitive à l'ancienne profession de cariste.",
        "Fait à Lyon, le 15 avril 2022",
    ];

    [Fact]
    public void Reads_figures_of_the_conclusions()
    {
        var f = Run(Full);
        Value(f, "expertise.aipp", 15);
        Value(f, "expertise.consolide", true);
        Value(f, "expertise.date_consolidation", D(2022, 3, 1));
        Periods(f, "expertise.dft_periodes",
            new Period(D(2020, 6, 15), D(2020, 6, 20), 100),
            new Period(D(2020, 6, 21), D(2020, 9, 30), 50),
            new Period(D(2020, 10, 1), D(2022, 2, 28), 10));
        Periods(f, "expertise.atap_periodes", new Period(D(2020, 6, 15), D(2020, 12, 31)));
        Value(f, "expertise.souffrances_endurees", 3.5m);
        Value(f, "expertise.prejudice_esthetique", 1.5m);
    }

    [Fact]
    public void Reads_findings_with_their_negations()
    {
        var f = Run(Full);
        Value(f, "expertise.faute", true);
        Assert.Contains("ROUX", (string)Field(f, "expertise.faute_auteur").Value);
        Value(f, "expertise.alea", false);
        Value(f, "expertise.infection_nosocomiale", false);
        Value(f, "expertise.inaptitude_definitive", true);
        Value(f, "expertise.deces", false);
    }

    [Fact]
    public void Reads_header_facts_and_victim()
    {
        var f = Run(Full);
        Value(f, "expertise.numero_dossier", "CCI-2025-000123");
        Value(f, "expertise.expert", "Alain BERNARD");
        Value(f, "expertise.date", D(2022, 4, 15));
        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.prenoms", "Jeanne");
        Value(f, "victime.date_naissance", D(1970, 3, 12));
    }

    [Theory]
    [InlineData("Aucune faute n'a été commise : il s'agit d'un aléa thérapeutique.", false, true)]
    [InlineData("Les soins ont été conformes aux règles de l'art. Il s'agit d'un accident médical non fautif.", false, true)]
    [InlineData("Nous retenons un manquement de la clinique dans la surveillance post-opératoire.", true, false)]
    [InlineData("Les soins n'ont pas été conformes aux règles de l'art.", true, false)]
    public void Fault_and_hazard(string sentence, bool faute, bool alea)
    {
        var f = Run("DISCUSSION", sentence);
        Value(f, "expertise.faute", faute);
        Value(f, "expertise.alea", alea);
    }

    [Theory]
    [InlineData("Il s'agit d'une infection nosocomiale à staphylocoque doré.", true)]
    [InlineData("Cette infection n'est pas d'origine nosocomiale.", false)]
    public void Nosocomial_infection(string sentence, bool expected) =>
        Value(Run(sentence), "expertise.infection_nosocomiale", expected);

    [Fact]
    public void Death_from_the_damage() =>
        Value(Run("Monsieur Paul MARTIN est décédé des suites de l'hémorragie post-opératoire."), "expertise.deces", true);

    [Theory]
    [InlineData("L'état de la victime n'est pas consolidé.")]
    [InlineData("La victime n'est pas encore consolidée à ce jour.")]
    public void Not_consolidated(string sentence)
    {
        var f = Run(sentence);
        Value(f, "expertise.consolide", false);
        Absent(f, "expertise.date_consolidation");
    }

    [Theory]
    [InlineData("Date de consolidation : 30/09/2021", 2021, 9, 30)]
    [InlineData("Consolidation acquise au 12.03.2021.", 2021, 3, 12)]
    public void Consolidation_wordings(string sentence, int y, int m, int d)
    {
        var f = Run(sentence);
        Value(f, "expertise.consolide", true);
        Value(f, "expertise.date_consolidation", D(y, m, d));
    }

    [Theory]
    [InlineData("Le taux de déficit fonctionnel permanent est fixé à 8 %.", 8)]
    [InlineData("Atteinte permanente à l'intégrité physique et psychique : 22%", 22)]
    [InlineData("DFP : 30 %", 30)]
    [InlineData("Nous fixons à 10 % le taux du déficit fonctionnel permanent.", 10)]
    [InlineData("Il persiste 12 % d'AIPP.", 12)]
    [InlineData("DFT partiel de classe I (10 %) du 05/10/2022 au 03/07/2023. Nous retenons 4 % de DFP.", 4)]
    public void Permanent_rate_wordings(string sentence, int expected) => Value(Run(sentence), "expertise.aipp", expected);

    [Fact]
    public void Dft_with_explicit_rate_after_the_period()
    {
        var f = Run("Déficit fonctionnel temporaire :", "- du 01/02/2021 au 28/02/2021 : 25 %", "- du 01/03/2021 au 30/04/2021 (classe IV)");
        Periods(f, "expertise.dft_periodes", new Period(D(2021, 2, 1), D(2021, 2, 28), 25), new Period(D(2021, 3, 1), D(2021, 4, 30), 75));
    }
}

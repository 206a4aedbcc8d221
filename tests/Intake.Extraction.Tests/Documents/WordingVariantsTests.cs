using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Documents;

/// <summary>
/// The same facts worded as different issuers word them: sick-leave notices and daily-allowance statements,
/// death-certificate extracts and full copies, guardianship judgments.
/// </summary>
public class WordingVariantsTests
{
    private static IReadOnlyList<ExtractedField> Run(string type, params string[] lines)
    {
        var page = new PageBuilder(2, source: TextSource.Ocr);
        foreach (var l in lines) page.Line(l);
        return new FieldExtractor().Extract(type, [page.Build()], []);
    }

    private static Period P(int y1, int m1, int d1, int y2, int m2, int d2) => new(D(y1, m1, d1), D(y2, m2, d2));

    [Theory]
    [InlineData("Arrêt de travail du 14/02/2023 jusqu'au (inclus) 30/04/2023")]
    [InlineData("Arrêt de travail du [14/02/2023 | jusqu'au (inclus) [30/04/2023 |")]
    [InlineData("Arrêt de travail à compter du 14 février 2023 jusqu'au 30 avril 2023 inclus")]
    [InlineData("Le patient doit cesser son activité du 14/02/2023 inclus au 30/04/2023 inclus.")]
    [InlineData("Date de début de l'arrêt : 14/02/2023    Date de fin de l'arrêt : 30/04/2023")]
    [InlineData("Début de l'arrêt 14.02.2023 — Fin de l'arrêt 30.04.2023")]
    public void A_sick_leave_period_is_read_whatever_its_wording(string line)
    {
        var f = Run(DocumentType.ArretTravail, "AVIS D'ARRÊT DE TRAVAIL", "Nom et prénom(s) de l'assuré(e) DURAND Paul",
            "N° d'immatriculation 1 70 05 69 123 456 78", line, "Sorties autorisées : oui", "Date : 14/02/2023");

        Periods(f, "arret.periodes", P(2023, 2, 14, 2023, 4, 30));
        Value(f, "victime.nom", "DURAND");
    }

    [Fact]
    public void A_prolongation_gives_its_own_period()
    {
        var f = Run(DocumentType.ArretTravail, "AVIS D'ARRÊT DE TRAVAIL", "☐ initial ☒ prolongation",
            "Nom : MOREAU", "Prénom : Claire",
            "Prolongation de l'arrêt de travail du 01/05/2023 au 15/06/2023 inclus",
            "Date de l'arrêt initial : 14/02/2023");

        Periods(f, "arret.periodes", P(2023, 5, 1, 2023, 6, 15));
        Value(f, "victime.nom", "MOREAU");
    }

    [Fact]
    public void A_daily_allowance_statement_gives_one_period_per_row()
    {
        var f = Run(DocumentType.ArretTravail, "l'Assurance Maladie", "Madame Claire MOREAU", "RELEVÉ DES INDEMNITÉS JOURNALIÈRES",
            "Période Nombre de jours Montant",
            "du 14/02/2023 au 28/02/2023 15 42,10 € 631,50 €",
            "du 01/03/2023 au 31/03/2023 31 42,10 € 1305,10 €",
            "Total versé : 1936,60 €", "Paiement effectué le 05/04/2023");

        Periods(f, "arret.periodes", P(2023, 2, 14, 2023, 2, 28), P(2023, 3, 1, 2023, 3, 31));
        Value(f, "victime.nom", "MOREAU");
    }

    [Fact]
    public void A_statement_in_columns_gives_the_dates_of_each_row()
    {
        var f = Run(DocumentType.ArretTravail, "ATTESTATION DE PAIEMENT DES INDEMNITÉS JOURNALIÈRES", "Assuré : Claire MOREAU",
            "Date de début Date de fin Jours Montant",
            "14/02/2023 28/02/2023 15 631,50",
            "01/03/2023 31/03/2023 31 1305,10",
            "Édité le 05/04/2023");

        Periods(f, "arret.periodes", P(2023, 2, 14, 2023, 2, 28), P(2023, 3, 1, 2023, 3, 31));
    }

    [Theory]
    [InlineData("Le 19 octobre 2023, à 7 heures 39 minutes, est décédé au centre hospitalier, Marc Henri LEROY, né le 4 mai 1948.")]
    [InlineData("Le dix-neuf octobre deux mille vingt-trois, à sept heures, est décédé en son domicile, Marc Henri LEROY, né le quatre mai mil neuf cent quarante-huit.")]
    [InlineData("Marc Henri LEROY, né le 04/05/1948 à Tours, décédé le 19/10/2023 à Nantes")]
    public void A_death_date_and_the_deceased_are_read_whatever_the_wording(string sentence)
    {
        var f = Run(DocumentType.ActeDeces, "ACTE DE DÉCÈS", "Mairie de Nantes", sentence, "Dressé le 20 octobre 2023");

        Value(f, "deces.date", D(2023, 10, 19));
        Value(f, "victime.nom", "LEROY");
        Value(f, "victime.prenoms", "Marc Henri");
    }

    [Fact]
    public void A_death_certificate_extract_in_labelled_fields_is_read()
    {
        var f = Run(DocumentType.ActeDeces, "EXTRAIT D'ACTE DE DÉCÈS", "Nom : LEROY", "Prénoms : Marc Henri",
            "Date et lieu de naissance : 04/05/1948 à Tours", "Date du décès : 19 octobre 2023", "Lieu du décès : Nantes");

        Value(f, "deces.date", D(2023, 10, 19));
        Value(f, "victime.nom", "LEROY");
        Value(f, "victime.prenoms", "Marc Henri");
    }

    [Theory]
    [InlineData("Désigne Madame Anne LEROY, sa fille, en qualité de tutrice.", "Anne LEROY")]
    [InlineData("Désigne en qualité de curateur Monsieur Paul LEROY, demeurant 3 rue Neuve à Nantes.", "Paul LEROY")]
    [InlineData("Nomme Maître Sophie BRUN, mandataire judiciaire à la protection des majeurs, en qualité de tuteur.", "Sophie BRUN")]
    [InlineData("Confie l'exercice de la mesure à l'Association tutélaire ATIAM, mandataire judiciaire.", "Association tutélaire ATIAM")]
    [InlineData("Tuteur désigné : M. Paul LEROY", "Paul LEROY")]
    public void The_guardian_is_read_whatever_the_court_wording(string sentence, string guardian)
    {
        var f = Run(DocumentType.JugementProtection, "TRIBUNAL JUDICIAIRE DE NANTES", "Juge des contentieux de la protection",
            "JUGEMENT DU 12 SEPTEMBRE 2022", "Ouvre une mesure de tutelle au bénéfice de Monsieur Marc LEROY, né le 04/05/1948,",
            "pour une durée de 60 mois.", sentence);

        Value(f, "protection.mesure", "tutelle");
        Value(f, "protection.date", D(2022, 9, 12));
        Value(f, "protection.protecteur_nom", guardian);
    }

    [Theory]
    [InlineData("Prononce une mesure de curatelle renforcée à l'égard de Monsieur Marc LEROY", "curatelle")]
    [InlineData("Ordonne l'ouverture d'une tutelle au profit de Monsieur Marc LEROY", "tutelle")]
    [InlineData("Place Monsieur Marc LEROY sous curatelle simple pour une durée de 5 ans", "curatelle")]
    public void The_measure_is_read_whatever_the_court_wording(string sentence, string measure)
    {
        var f = Run(DocumentType.JugementProtection, "TRIBUNAL JUDICIAIRE DE LYON", "Audience publique du 3 mars 2021",
            "Vu la requête aux fins d'ouverture d'une mesure de protection", sentence, "Désigne Madame Anne LEROY en qualité de curatrice.");

        Value(f, "protection.mesure", measure);
        Value(f, "protection.date", D(2021, 3, 3));
        Value(f, "protection.protecteur_nom", "Anne LEROY");
    }
}

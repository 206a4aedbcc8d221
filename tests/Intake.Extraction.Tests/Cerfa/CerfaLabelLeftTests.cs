using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Cerfa;

/// <summary>A typed cerfa, labels left and values right, boxes ticked in the text (X, ☒, ■, [X]).</summary>
public class CerfaLabelLeftTests
{
    public static readonly string Nir = NirFixture.With("2700369123456");

    internal static IReadOnlyList<PageText> Pages()
    {
        var p1 = new PageBuilder(1)
            .Line("CERFA N° 12245*03").Line("Demande d'indemnisation auprès de la commission de conciliation et d'indemnisation")
            .Line("1. La victime")
            .Line("Nom d'usage : DUPONT")
            .Line("Nom de naissance : MARTIN")
            .Line("Prénom(s) : Jeanne Marie")
            .Line("Sexe : X F ☐ M")
            .Line((50, "Date de naissance : 12/03/1970"), (300, "Lieu de naissance : Villeurbanne"))
            .Line("Adresse : 12 rue des Lilas")
            .Line((50, "Code postal : 69003"), (300, "Commune : Lyon"))
            .Line("Téléphone : 06 12 34 56 78")
            .Line("Courriel : jeanne.dupont@example.fr")
            .Line("N° de sécurité sociale : " + NirFixture.Spaced(Nir))
            .Line("Organisme d'assurance maladie (caisse) : CPAM du Rhône")
            .Line("La victime est-elle décédée ? ☐ Oui ☒ Non")
            .Line("Date du décès :")
            .Line("2. Le demandeur (si différent de la victime)")
            .Line("Qualité : ☐ représentant légal ☐ tuteur ☐ curateur ☐ ayant droit")
            .Line("Nom :").Line("Prénom(s) :").Line("Adresse :").Line("Lien avec la victime :")
            .Line("3. Avocat (le cas échéant)")
            .Line("Nom : Maître Paul LEGRAND")
            .Line("Adresse : 5 place Bellecour 69002 Lyon")
            .Build();
        var p2 = new PageBuilder(2)
            .Line("4. Les faits")
            .Line("Date de l'acte (prévention, diagnostic ou soins) : 15/06/2020")
            .Line("Établissement de santé concerné : Clinique du Parc")
            .Line((50, "Code postal de l'établissement : 69006"), (300, "Commune de l'établissement : Lyon"))
            .Line("Professionnel(s) de santé concerné(s) : Dr Henri ROUX")
            .Line("Exercice libéral : [X] Oui [ ] Non")
            .Line("Le dommage résulte : ☐ d'un accident médical ☐ d'une affection iatrogène ☒ d'une infection nosocomiale")
            .Line("Description des faits et du dommage :")
            .Line("Infection du site opératoire après une prothèse de hanche,")
            .Line("reprise chirurgicale et antibiothérapie prolongée.")
            .Line("5. Les préjudices")
            .Line("Votre état est-il consolidé ? X Oui ☐ Non")
            .Line("Date de consolidation : 1er mars 2022")
            .Line("Taux d'atteinte permanente (AIPP) s'il est connu : 15 %")
            .Line("Arrêt de travail : ■ Oui ☐ Non")
            .Line("Périodes d'arrêt :")
            .Line("du 16/06/2020 au 30/09/2020")
            .Line("du 01/11/2020 au 15/01/2021")
            .Line("Inaptitude définitive à exercer votre activité professionnelle : ☐ Oui ☒ Non")
            .Line("Troubles particulièrement graves dans vos conditions d'existence : ☒ Oui ☐ Non")
            .Line("6. Autres procédures")
            .Line("Une action en justice est-elle en cours ou envisagée ? ☐ Oui ☒ Non")
            .Line("Juridiction saisie :")
            .Line("Le dommage est-il lié à une exposition au valproate de sodium ? ☐ Oui ☒ Non")
            .Line("7. Signature")
            .Line("Fait à Lyon le 02/05/2023")
            .Line("Signature : J. Dupont")
            .Build();
        return [p1, p2];
    }

    private static IReadOnlyList<ExtractedField> Run() =>
        new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, Pages(), []);

    [Fact]
    public void Reads_every_victim_field()
    {
        var f = Run();
        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.nom_naissance", "MARTIN");
        Value(f, "victime.prenoms", "Jeanne Marie");
        Value(f, "victime.sexe", "F");
        Value(f, "victime.date_naissance", D(1970, 3, 12));
        Value(f, "victime.lieu_naissance", "Villeurbanne");
        Value(f, "victime.adresse", "12 rue des Lilas");
        Value(f, "victime.code_postal", "69003");
        Value(f, "victime.commune", "Lyon");
        Value(f, "victime.telephone", "0612345678");
        Value(f, "victime.courriel", "jeanne.dupont@example.fr");
        Value(f, "victime.nir", Nir);
        Value(f, "victime.caisse", "CPAM du Rhône");
        Value(f, "victime.decedee", false);
        Absent(f, "victime.date_deces");
        Assert.True(Field(f, "victime.nir").Confidence > 0.9);
    }

    [Fact]
    public void A_notice_page_after_the_signature_does_not_move_the_place_and_date()
    {
        // A notice printed after the form: its sentences can hold "fait à … le" too, but not as a label with a date.
        var notice = new PageBuilder(3)
            .Line("Notice")
            .Line("Ce formulaire peut être fait à la main ou à l'écran, puis envoyé le plus tôt possible.")
            .Line("Joignez les pièces demandées.")
            .Build();
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [.. Pages(), notice], []);
        Value(f, "signature.lieu", "Lyon");
        Value(f, "signature.date", D(2023, 5, 2));
    }

    [Fact]
    public void A_notice_page_before_the_form_does_not_hold_its_sections_back()
    {
        // A notice printed before the form, with headings that read like the form's last sections.
        var notice = new PageBuilder(1)
            .Line("Notice explicative")
            .Line("Qui peut déposer une demande ?")
            .Line("La victime, son représentant légal ou ses héritiers.")
            .Line("Autres procédures")
            .Line("Signalez à la commission toute action en justice portant sur les mêmes faits.")
            .Build();
        var form = Pages().Select(p => p with { Number = p.Number + 1 }).ToList();
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [notice, .. form], []);
        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.prenoms", "Jeanne Marie");
        Value(f, "victime.adresse", "12 rue des Lilas");
        Value(f, "avocat.nom", "Paul LEGRAND");
        Value(f, "signature.lieu", "Lyon");
    }

    [Fact]
    public void Unnumbered_section_titles_under_the_forms_title_start_again_after_a_notice()
    {
        var notice = new PageBuilder(1)
            .Line("Notice explicative")
            .Line("Les faits")
            .Line("Décrivez l'acte de soins et le dommage qui en a résulté.")
            .Line("Procédures en cours")
            .Line("Indiquez toute action en justice portant sur les mêmes faits.")
            .Build();
        var form = new PageBuilder(2, source: TextSource.Ocr)
            .Line("DEMANDE D'INDEMNISATION")
            .Line("VICTIME")
            .Line((55, "Nom d'usage"), (287, "OLIVIER"))
            .Line((55, "Prénom(s)"), (287, "CHRISTOPHE"))
            .Line("FAITS")
            .Line((59, "Date de l'acte (prévention, diagnostic ou soins)"))
            .Line((59, "Établissement de santé concerné"), (290, "CHU DE LYON"))
            .Line("Description des faits et du dommage :")
            .Line("LE 11/10/2022, INFILTRATION RACHIDIENNE À L'ÉTABLISSEMENT. LES SUITES ONT ÉTÉ")
            .Line("MARQUÉES PAR UNE PARALYSIE PARTIELLE DU MEMBRE INFÉRIEUR.")
            .Build();
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [notice, form], []);
        Value(f, "victime.nom", "OLIVIER");
        Value(f, "faits.etablissement", "CHU DE LYON");
        Assert.StartsWith("LE 11/10/2022, INFILTRATION", (string)Field(f, "faits.description").Value);
        Value(f, "faits.date_acte", D(2022, 10, 11));
    }

    [Fact]
    public void Titles_numbered_in_roman_figures_are_section_titles_not_values()
    {
        var page = new PageBuilder(1, source: TextSource.Ocr)
            .Line("DEMANDE D'INDEMNISATION")
            .Line("I. La victime")
            .Line((55, "Nom d'usage"), (287, "OLIVIER"))
            .Line((55, "Adresse"))
            .Line("II, Avocat (le cas échéant)")
            .Line((55, "Nom"), (287, "Maître Paul LEGRAND"))
            .Line("VII. Signature")
            .Line("Fait à Lyon le 28/12/2025")
            .Build();
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);
        Value(f, "victime.nom", "OLIVIER");
        Absent(f, "victime.adresse");
        Value(f, "signature.lieu", "Lyon");
    }

    [Fact]
    public void Without_section_titles_the_first_name_label_is_the_victims()
    {
        var page = new PageBuilder(1, source: TextSource.Ocr)
            .Line("DEMANDE D'INDEMNISATION")
            .Line("Ce formulaire, accompagné des pièces justificatives, est à adresser par lettre recommandée à la commission")
            .Line("Identité de la personne ayant subi le dommage")
            .WithConfidence(0.7) // hand-written capitals, read less surely than the lawyer's typed name
            .Line("Nom : GARNIER Nom de naissance : GARNIER")
            .Line("Prénom(s) dans l'ordre de l'état civil : MATHÉO JOËL GAËL")
            .Line("Adresse : 5 RUE DE LA GARE")
            .Line("Représentation par un avocat")
            .WithConfidence(0.95)
            .Line("À remplir si vous êtes représenté(e) par un avocat.")
            .Line("Nom : CATHERINE PERRIN")
            .Line("Adresse : 26 QUAI PERRACHE, AJACCIO")
            .Build();
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);
        Value(f, "victime.nom", "GARNIER");
        // the instructions' "adresser" is no label: the first address is the victim's
        Value(f, "victime.adresse", "5 RUE DE LA GARE");
    }

    [Fact]
    public void A_part_title_with_a_dash_starts_the_sections_again_and_a_label_ending_in_a_colon_is_no_title()
    {
        var notice = new PageBuilder(1).Line("À lire avant de remplir votre demande").Line("Procédures en cours")
            .Line("Indiquez toute action en justice déjà engagée ou envisagée pour les mêmes faits.").Build();
        var form = new PageBuilder(2, source: TextSource.Ocr)
            .Line("DEMANDE D'INDEMNISATION")
            .Line("Partie 1 - La victime")
            .Line("Nom d'usage (ou nom marital) : MERCIER")
            .Line("Victime décédée : [] Oui [X] Non")
            .Line("Victime décédée :")
            .Line("Partie 2 - Le demandeur (si différent de la victime)")
            .Line("Nom : DURAND")
            .Build();
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [notice, form], []);
        Value(f, "victime.nom", "MERCIER");
        Value(f, "demandeur.nom", "DURAND");
    }

    [Fact]
    public void Empty_section_2_means_the_victim_files()
    {
        var f = Run();
        Value(f, "demandeur.qualite", "victime");
        Absent(f, "demandeur.nom");
        Absent(f, "demandeur.lien");
        Value(f, "avocat.nom", "Paul LEGRAND");
        Value(f, "avocat.adresse", "5 place Bellecour 69002 Lyon");
    }

    [Fact]
    public void Reads_facts_damages_procedures_and_signature()
    {
        var f = Run();
        Value(f, "faits.date_acte", D(2020, 6, 15));
        Value(f, "faits.etablissement", "Clinique du Parc");
        Value(f, "faits.etablissement_code_postal", "69006");
        Value(f, "faits.etablissement_commune", "Lyon");
        Value(f, "faits.professionnel", "Henri ROUX");
        Value(f, "faits.professionnel_liberal", true);
        Value(f, "faits.type_dommage", "infection_nosocomiale");
        Value(f, "faits.description", "Infection du site opératoire après une prothèse de hanche, reprise chirurgicale et antibiothérapie prolongée.");
        Value(f, "prejudice.consolide", true);
        Value(f, "prejudice.date_consolidation", D(2022, 3, 1));
        Value(f, "prejudice.aipp", 15);
        Value(f, "prejudice.arret_travail", true);
        Periods(f, "prejudice.arret_periodes", new Period(D(2020, 6, 16), D(2020, 9, 30)), new Period(D(2020, 11, 1), D(2021, 1, 15)));
        Value(f, "prejudice.inaptitude_definitive", false);
        Value(f, "prejudice.troubles_graves", true);
        Value(f, "procedures.action_en_justice", false);
        Absent(f, "procedures.juridiction");
        Value(f, "procedures.valproate", false);
        Value(f, "signature.lieu", "Lyon");
        Value(f, "signature.date", D(2023, 5, 2));
        Value(f, "signature.presente", true);
    }

    [Fact]
    public void Values_carry_page_and_box_of_their_words()
    {
        var f = Run();
        var nom = Field(f, "victime.nom");
        Assert.Equal(1, nom.Page);
        Assert.NotNull(nom.Box);
        Assert.True(nom.Box!.Value.X0 > 100, "the box is the value's, not the label's");
        Assert.Equal(2, Field(f, "faits.date_acte").Page);
    }

    [Fact]
    public void The_end_of_a_label_printed_without_brackets_is_not_read_as_the_value()
    {
        var page = new PageBuilder(1)
            .Line("1. La victime")
            .Line("Nom d'usage : DUPONT")
            .Line("Prénom(s) dans l'ordre de l'état civil : Jeanne Marie")
            .Line("Taux d'atteinte permanente (AIPP) s'il est connu 12 %")
            .Build();

        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);

        Value(f, "victime.prenoms", "Jeanne Marie");
    }

    [Fact]
    public void Sections_titled_partie_n_keep_the_filers_lines_out_of_the_victims_fields()
    {
        var page = new PageBuilder(1)
            .Line("Partie 1 - La victime")
            .Line((50, "Nom d'usage : HENRY"), (300, "Nom de famille : HENRY"))
            .Line("Prénoms : HÉLÈNE JOSIANE")
            .Line("Partie 2 - Le demandeur (si différent de la victime)")
            .Line("Qualité : ☐ représentant légal ☒ tuteur ☐ curateur ☐ ayant droit")
            .Line((50, "Nom d'usage : BERNARD"), (300, "Prénom(s) du demandeur : DANIELLE MARIE"))
            .Line("Partie 4 - Les faits")
            .Line("Établissement(s) de santé mis en cause : CENTRE HOSPITALIER ANNECY GENEVOIS")
            .Build();

        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);

        Value(f, "victime.nom", "HENRY");
        Value(f, "victime.prenoms", "HÉLÈNE JOSIANE");
        Value(f, "demandeur.nom", "BERNARD");
        Value(f, "demandeur.prenoms", "DANIELLE MARIE");
        Value(f, "faits.etablissement", "CENTRE HOSPITALIER ANNECY GENEVOIS");
    }
}

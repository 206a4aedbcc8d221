using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Cerfa;

/// <summary>
/// A scanned cerfa of another edition: labels above values in columns, OCR damage in labels, no tick marks in the
/// text: the boxes are only in the raster (crossed, or the option circled), and the signature is ink.
/// </summary>
public class CerfaLabelAboveTests
{
    private static readonly string Nir = NirFixture.With("1850775123042");

    /// <summary>Draws an empty box left of each option word, crossed for the ticked one.</summary>
    private static void Boxes(PageBuilder page, Raster raster, string ticked, params (string Word, int Occurrence)[] options)
    {
        foreach (var (word, occ) in options)
        {
            var b = page.BoxOf(word, occ);
            raster.Box(b.X0 - 14, b.Y0 - 1, 11);
            if (word == ticked) raster.Cross(b.X0 - 14, b.Y0 - 1, 11);
        }
    }

    internal static IReadOnlyList<PageText> Pages()
    {
        string L(string s) => Ocr.Damage(s);
        var p1 = new PageBuilder(1, source: TextSource.Ocr)
            .Line("1. LA VICTIME")
            .Line((50, L("Nom d'usage")), (300, L("Nom de naissance")))
            .Line((50, "DUPONT"), (300, "MARTIN"))
            .Line((50, L("Prénom(s)")), (300, "Sexe"))
            .Line((50, "Jeanne Marie"), (320, "F"), (380, "M"))
            .Line((50, L("Date de naissance")), (300, L("Lieu de naissance")))
            .Line((50, "l2/03/197O"), (300, "Villeurbanne"))
            .Line(L("Adresse"))
            .Line("12 rue des Lilas")
            .Line((50, L("Code postal")), (200, L("Commune")), (400, L("Téléphone")))
            .Line((50, "69003"), (200, "Lyon"), (400, "0612345678"))
            .Line((50, L("Courriel")), (300, L("N° de sécurité sociale")))
            .Line((50, "jeanne.dupont@example.fr"), (300, NirFixture.Spaced(Nir)))
            .Line(L("Organisme d'assurance maladie (caisse)"))
            .Line("CPAM du Rhône")
            .Line((50, L("La victime est-elle décédée ?")), (320, "Oui"), (380, "Non"))
            .Line("2. LE DEMANDEUR (si différent de la victime)")
            .Line((50, L("Qualité :")), (130, "représentant légal"), (260, "tuteur"), (340, "curateur"), (430, "ayant droit"))
            .Line((50, "Nom"), (300, L("Prénom(s)")))
            .Line((50, "MARTIN"), (300, "Paul"))
            .Line(L("Adresse"))
            .Line("3 avenue Foch")
            .Line("Lien avec la victime")
            .Line("frère")
            .Line("3. AVOCAT (le cas échéant)")
            .Line((50, "Nom"), (300, L("Adresse")))
            .Line((50, "Me Sophie BLANC"), (300, "10 quai Tilsitt 69002 Lyon"));
        var r1 = new Raster();
        Boxes(p1, r1, "F", ("F", 0), ("M", 0));
        Boxes(p1, r1, "Non", ("Oui", 0), ("Non", 0));
        Boxes(p1, r1, "tuteur", ("représentant", 0), ("tuteur", 0), ("curateur", 0), ("ayant", 0));
        p1.Image = r1.ToImage();

        var p2 = new PageBuilder(2, source: TextSource.Ocr)
            .Line("4. LES FAITS")
            .Line(L("Date de l'acte (prévention, diagnostic ou soins)"))
            .Line("15/06/2020")
            .Line((50, L("Établissement de santé concerné")), (350, L("Code postal de l'établissement")))
            .Line((50, "Hôpital Edouard Herriot"), (350, "69003"))
            .Line(L("Commune de l'établissement"))
            .Line("Lyon")
            .Line(L("Professionnel(s) de santé concerné(s)"))
            .Line("Docteur Henri ROUX")
            .Line((50, L("Exercice libéral")), (250, "Oui"), (320, "Non"))
            .Line(L("Le dommage résulte :"))
            .Line((70, "d'un accident médical"), (230, "d'une affection iatrogène"), (400, "d'une infection nosocomiale"))
            .Line(L("Description des faits et du dommage"))
            .Line("Paralysie du nerf sciatique après une arthroplastie de hanche.")
            .Line("5. LES PRÉJUDICES")
            .Line((50, L("Votre état est-il consolidé ?")), (300, "Oui"), (380, "Non"))
            .Line(L("Date de consolidation"))
            .Line(L("Taux d'atteinte permanente (AIPP) s'il est connu"))
            .Line("25 %")
            .Line((50, L("Arrêt de travail")), (300, "Oui"), (380, "Non"))
            .Line(L("Périodes d'arrêt"))
            .Line("du 16/06/2020 au 30/09/2020")
            .Line((50, L("Inaptitude définitive à exercer votre activité professionnelle")), (420, "Oui"), (480, "Non"))
            .Line((50, L("Troubles particulièrement graves dans vos conditions d'existence")), (420, "Oui"), (480, "Non"))
            .Line("6. AUTRES PROCÉDURES")
            .Line((50, L("Une action en justice est-elle en cours ou envisagée ?")), (420, "Oui"), (480, "Non"))
            .Line(L("Juridiction saisie"))
            .Line("Tribunal judiciaire de Lyon")
            .Line((50, L("Le dommage est-il lié à une exposition au valproate de sodium ?")), (420, "Oui"), (480, "Non"))
            .Line("7. SIGNATURE")
            .Line((50, "Fait à"), (300, "le"))
            .Line((50, "Lyon"), (300, "02/05/2023"))
            .Line("Signature");
        var r2 = new Raster();
        // Exercice libéral: "Oui" is circled, no boxes
        r2.Ellipse(p2.BoxOf("Oui", 0), 5);
        Boxes(p2, r2, "d'un", ("d'un", 0), ("d'une", 0), ("d'une", 1));
        Boxes(p2, r2, "Non", ("Oui", 1), ("Non", 1));
        Boxes(p2, r2, "Oui", ("Oui", 2), ("Non", 2));
        Boxes(p2, r2, "Oui", ("Oui", 3), ("Non", 3));
        Boxes(p2, r2, "Non", ("Oui", 4), ("Non", 4));
        Boxes(p2, r2, "Oui", ("Oui", 5), ("Non", 5));
        Boxes(p2, r2, "Non", ("Oui", 6), ("Non", 6));
        var sig = p2.BoxOf("Signature");
        r2.Scribble(sig.X0 + 10, sig.Y0 - 60, 120, 40);
        p2.Image = r2.ToImage();
        return [p1.Build(), p2.Build()];
    }

    private static IReadOnlyList<ExtractedField> Run() =>
        new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, Pages(), []);

    [Fact]
    public void Reads_victim_fields_below_their_labels_despite_ocr_damage()
    {
        var f = Run();
        Value(f, "victime.nom", "DUPONT");
        Value(f, "victime.nom_naissance", "MARTIN");
        Value(f, "victime.prenoms", "Jeanne Marie");
        Value(f, "victime.date_naissance", D(1970, 3, 12));
        Value(f, "victime.lieu_naissance", "Villeurbanne");
        Value(f, "victime.adresse", "12 rue des Lilas");
        Value(f, "victime.code_postal", "69003");
        Value(f, "victime.commune", "Lyon");
        Value(f, "victime.telephone", "0612345678");
        Value(f, "victime.courriel", "jeanne.dupont@example.fr");
        Value(f, "victime.nir", Nir);
        Value(f, "victime.caisse", "CPAM du Rhône");
        Assert.True(Field(f, "victime.date_naissance").Confidence < Field(f, "victime.nom").Confidence,
            "a repaired date is less certain");
    }

    [Fact]
    public void Reads_boxes_from_ink_only()
    {
        var f = Run();
        Value(f, "victime.sexe", "F");
        Value(f, "victime.decedee", false);
        Value(f, "demandeur.qualite", "tuteur");
        Value(f, "faits.type_dommage", "accident_medical");
        Value(f, "prejudice.consolide", false);
        Value(f, "prejudice.arret_travail", true);
        Value(f, "prejudice.inaptitude_definitive", true);
        Value(f, "prejudice.troubles_graves", false);
        Value(f, "procedures.action_en_justice", true);
        Value(f, "procedures.valproate", false);
    }

    [Fact]
    public void A_circled_option_counts_as_ticked() => Value(Run(), "faits.professionnel_liberal", true);

    [Fact]
    public void Reads_sections_2_to_7()
    {
        var f = Run();
        Value(f, "demandeur.nom", "MARTIN");
        Value(f, "demandeur.prenoms", "Paul");
        Value(f, "demandeur.adresse", "3 avenue Foch");
        Value(f, "demandeur.lien", "frère");
        Value(f, "avocat.nom", "Sophie BLANC");
        Value(f, "avocat.adresse", "10 quai Tilsitt 69002 Lyon");
        Value(f, "faits.date_acte", D(2020, 6, 15));
        Value(f, "faits.etablissement", "Hôpital Edouard Herriot");
        Value(f, "faits.etablissement_code_postal", "69003");
        Value(f, "faits.etablissement_commune", "Lyon");
        Value(f, "faits.professionnel", "Henri ROUX");
        Value(f, "faits.description", "Paralysie du nerf sciatique après une arthroplastie de hanche.");
        Absent(f, "prejudice.date_consolidation");
        Value(f, "prejudice.aipp", 25);
        Periods(f, "prejudice.arret_periodes", new Period(D(2020, 6, 16), D(2020, 9, 30)));
        Value(f, "procedures.juridiction", "Tribunal judiciaire de Lyon");
        Value(f, "signature.lieu", "Lyon");
        Value(f, "signature.date", D(2023, 5, 2));
    }

    [Fact]
    public void Signature_ink_is_detected_and_its_absence_too()
    {
        Value(Run(), "signature.presente", true);
        var pages = Pages();
        var unsigned = pages[1] with { Image = new Raster().ToImage() };
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [pages[0], unsigned], []);
        Value(f, "signature.presente", false);
    }

    [Fact]
    public void A_date_under_a_label_whose_words_go_on_and_a_signature_line_broken_into_lines_are_read()
    {
        var page = new PageBuilder(1, source: TextSource.Ocr)
            .Line("4. LES FAITS")
            .Line("Date de l'acte médical en cause")
            .Line("14/06/2022")
            .Line("Établissement de santé concerné")
            .Line("CLINIQUE DU PARC")
            .Line("7. SIGNATURE")
            .Line("Fait à")
            .Line("ANNECY")
            .Line("le")
            .Line("30/12/2025")
            .Build();
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);
        Value(f, "faits.date_acte", D(2022, 6, 14));
        Value(f, "signature.lieu", "ANNECY");
        Value(f, "signature.date", D(2025, 12, 30));
    }

    [Fact]
    public void A_question_whose_box_was_not_read_is_answered_yes_by_its_filled_follow_up()
    {
        var page = new PageBuilder(1, source: TextSource.Ocr)
            .Line("5. LES PRÉJUDICES")
            .Line("Votre état est-il consolidé ?")
            .Line("Date de consolidation : 05/12/2023")
            .Line("Arrêt de travail :")
            .Line("Périodes d'arrêt : du 16/06/2020 au 30/09/2020")
            .Build();
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], []);
        Value(f, "prejudice.consolide", true);
        Value(f, "prejudice.arret_travail", true);
        Assert.True(Field(f, "prejudice.consolide").Confidence < Intake.Domain.Review.ReviewThresholds.Field, $"{Field(f, "prejudice.consolide")}");
        Absent(f, "victime.decedee");
    }
}

using Intake.Domain.Documents;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Cerfa;

/// <summary>A cerfa filled on screen: values live in AcroForm fields with non-standard names.</summary>
public class CerfaAcroFormTests
{
    private static (PageText Page, List<FormField> Fields) Form()
    {
        var page = new PageBuilder(1)
            .Line("1. La victime")
            .Line("Nom d'usage")
            .Line("Date de naissance")
            .Line("La victime est-elle décédée ? Oui Non")
            .Line("4. Les faits")
            .Line("Établissement de santé concerné")
            .Line("7. Signature")
            .Line("Signature");
        var built = page.Build();
        var etabLabel = page.BoxOf("Établissement");
        var fields = new List<FormField>
        {
            new("topmostSubform[0].Page1[0].txtVictimeNomUsage[0]", null, "DURAND", null, 1, null),
            new("f_12", "Date de naissance de la victime", "05/11/1982", null, 1, null),
            new("Sexe", null, "M", null, 1, null),
            new("chkDecede_Oui", null, "Off", false, 1, null),
            new("chkDecede_Non", null, "On", true, 1, null),
            new("avocat_nom", "Nom de l'avocat", "Maître Claire PETIT", null, 1, null),
            // no useful name: mapped by the label printed left of the box
            new("Text7", null, "CHU de Nantes", null, 1, new BBox(etabLabel.X1 + 150, etabLabel.Y0, etabLabel.X1 + 350, etabLabel.Y1)),
            new("qualite_demandeur", "Qualité", "ayant_droit", null, 1, null),
            new("aipp", "Taux d'atteinte permanente (AIPP)", "12", null, 1, null),
            new("sig", "Signature", "", null, 1, null),
        };
        return (built, fields);
    }

    [Fact]
    public void Maps_fields_by_caption_name_or_position()
    {
        var (page, fields) = Form();
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], fields);
        Value(f, "victime.nom", "DURAND");
        Value(f, "victime.date_naissance", D(1982, 11, 5));
        Value(f, "victime.sexe", "M");
        Value(f, "victime.decedee", false);
        Value(f, "avocat.nom", "Claire PETIT");
        Value(f, "faits.etablissement", "CHU de Nantes");
        Value(f, "demandeur.qualite", "ayant_droit");
        Value(f, "prejudice.aipp", 12);
        Value(f, "signature.presente", false);
        Assert.True(Field(f, "victime.nom").Confidence > 0.9);
    }

    [Fact]
    public void Fields_of_other_pages_are_ignored()
    {
        var (page, fields) = Form();
        fields.Add(new FormField("victime_prenoms", null, "Autre", null, 9, null));
        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], fields);
        Absent(f, "victime.prenoms");
    }

    [Fact]
    public void Abbreviated_field_names_are_read_as_their_labels_in_the_section_they_name()
    {
        var page = new PageBuilder(1).Line("1. La victime").Line("4. Les faits").Line("5. Les préjudices").Line("7. Signature").Build();
        var fields = new List<FormField>
        {
            new("fld_faits_date", null, "15/06/2020", null, 1, null),          // a section and "date": not the signature's date
            new("fldDateConsol", null, "01/03/2022", null, 1, null),            // "Date de consolidation", abbreviated
            new("fldEtabVille", null, "Nantes", null, 1, null),                 // "Ville de l'établissement", abbreviated
            new("fldSignLe", "Fait le", "02/05/2023", null, 1, null),
        };

        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], fields);

        Value(f, "faits.date_acte", D(2020, 6, 15));
        Value(f, "prejudice.date_consolidation", D(2022, 3, 1));
        Value(f, "faits.etablissement_commune", "Nantes");
        Value(f, "signature.date", D(2023, 5, 2));
    }

    [Fact]
    public void Unnamed_boxes_take_the_option_phrase_printed_after_them_and_the_date_after_le_on_the_signature_line()
    {
        // Boxes between "Le dommage résulte :" and each option phrase, and "Fait à [lieu] le [date]", all fields
        // with names that say nothing: the words beside each box decide.
        var builder = new PageBuilder(1)
            .Line("4. Les faits")
            .Line((50, "Le dommage résulte :"), (170, "d'un accident médical"), (300, "d'une affection iatrogène"), (440, "d'une infection nosocomiale"))
            .Line("5. Les préjudices")
            .Line("6. Autres procédures")
            .Line("7. Date et signature")
            .Line((50, "Fait à"), (250, "le"));
        var page = builder.Build();
        var row = builder.BoxOf("d'un");
        var sign = builder.BoxOf("Fait");
        var le = builder.BoxOf("le", occurrence: 0);
        BBox BoxBefore(double x) => new(x - 14, row.Y0, x - 4, row.Y0 + 10);
        var fields = new List<FormField>
        {
            new("Case1", null, "Off", false, 1, BoxBefore(170)),
            new("Case2", null, "Off", false, 1, BoxBefore(300)),
            new("Case3", null, "Yes", true, 1, BoxBefore(440)),
            new("Texte1", null, "Bordeaux", null, 1, new BBox(sign.X1 + 8, sign.Y0, 240, sign.Y1)),
            new("Texte2", null, "29/12/2025", null, 1, new BBox(le.X1 + 8, le.Y0, le.X1 + 120, le.Y1)),
        };

        var f = new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page], fields);

        Value(f, "faits.type_dommage", "infection_nosocomiale");
        Value(f, "signature.lieu", "Bordeaux");
        Value(f, "signature.date", D(2025, 12, 29));
    }
}

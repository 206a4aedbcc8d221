using Intake.Extraction.Checkboxes;
using Intake.Extraction.Common;
using K = Intake.Extraction.Common.FieldKeys;

namespace Intake.Extraction.Cerfa;

/// <summary>Where a cerfa key's value is: its label ids (first preferred), the sections it may lie in, its kind.</summary>
public sealed record CerfaKeySpec(string Key, string[] Labels, int[] Sections, FieldKind Kind, OptionDef[]? Options = null);

/// <summary>The cerfa n°12245 keys of fields.md, mapped to labels and sections.</summary>
public static class CerfaSchema
{
    public static readonly OptionDef[] Sexe =
        [new("F", "F", "Féminin", "Femme", "Fém"), new("M", "M", "Masculin", "Homme", "Masc")];

    public static readonly OptionDef[] Qualite =
    [
        new("representant_legal", "représentant légal", "représentante légale", "représentant"),
        new("tuteur", "tuteur", "tutrice"),
        new("curateur", "curateur", "curatrice"),
        new("ayant_droit", "ayant droit", "ayant-droit", "ayants droit", "ayants-droit"),
    ];

    public static readonly OptionDef[] TypeDommage =
    [
        new("accident_medical", "d'un accident médical", "accident médical"),
        new("affection_iatrogene", "d'une affection iatrogène", "affection iatrogène"),
        new("infection_nosocomiale", "d'une infection nosocomiale", "infection nosocomiale"),
    ];

    private static readonly int[] S1 = [1], S2 = [2], S3 = [3], S4 = [4], S5 = [5], S6 = [6], S7 = [7];

    public static readonly IReadOnlyList<CerfaKeySpec> Keys =
    [
        new(K.VictimeNom, ["nom_usage", "nom"], S1, FieldKind.PersonName),
        new(K.VictimeNomNaissance, ["nom_naissance"], S1, FieldKind.PersonName),
        new(K.VictimePrenoms, ["prenoms"], S1, FieldKind.PersonName),
        new(K.VictimeSexe, ["sexe"], S1, FieldKind.Choice, Sexe),
        new(K.VictimeDateNaissance, ["date_naissance"], S1, FieldKind.BirthDate),
        new(K.VictimeLieuNaissance, ["lieu_naissance"], S1, FieldKind.Text),
        new(K.VictimeAdresse, ["adresse"], S1, FieldKind.Text),
        new(K.VictimeCodePostal, ["code_postal"], S1, FieldKind.Postcode),
        new(K.VictimeCommune, ["commune"], S1, FieldKind.Text),
        new(K.VictimeTelephone, ["telephone"], S1, FieldKind.Phone),
        new(K.VictimeCourriel, ["courriel"], S1, FieldKind.Email),
        new(K.VictimeNir, ["nir"], S1, FieldKind.Nir),
        new(K.VictimeCaisse, ["caisse"], S1, FieldKind.Text),
        new(K.VictimeDecedee, ["decedee"], S1, FieldKind.YesNo, OptionDef.YesNo),
        new(K.VictimeDateDeces, ["date_deces"], S1, FieldKind.Date),
        new(K.DemandeurQualite, ["qualite"], S2, FieldKind.Choice, Qualite),
        new(K.DemandeurNom, ["nom", "nom_usage", "nom_naissance"], S2, FieldKind.PersonName),
        new(K.DemandeurPrenoms, ["prenoms"], S2, FieldKind.PersonName),
        new(K.DemandeurAdresse, ["adresse"], S2, FieldKind.Text),
        new(K.DemandeurLien, ["lien"], S2, FieldKind.Text),
        new(K.AvocatNom, ["nom"], S3, FieldKind.PersonName),
        new(K.AvocatAdresse, ["adresse"], S3, FieldKind.Text),
        new(K.FaitsDateActe, ["date_acte"], S4, FieldKind.Date),
        new(K.FaitsEtablissement, ["etablissement"], S4, FieldKind.Text),
        new(K.FaitsEtablissementCommune, ["etab_commune", "commune"], S4, FieldKind.Text),
        new(K.FaitsEtablissementCodePostal, ["etab_cp", "code_postal"], S4, FieldKind.Postcode),
        new(K.FaitsProfessionnel, ["professionnel"], S4, FieldKind.PersonName),
        new(K.FaitsProfessionnelLiberal, ["liberal"], S4, FieldKind.YesNo, OptionDef.YesNo),
        new(K.FaitsTypeDommage, ["type_dommage"], S4, FieldKind.Choice, TypeDommage),
        new(K.FaitsDescription, ["description"], S4, FieldKind.LongText),
        new(K.PrejudiceConsolide, ["consolide"], S5, FieldKind.YesNo, OptionDef.YesNo),
        new(K.PrejudiceDateConsolidation, ["date_consolidation"], S5, FieldKind.Date),
        new(K.PrejudiceAipp, ["aipp"], S5, FieldKind.Rate),
        new(K.PrejudiceArretTravail, ["arret_travail"], S5, FieldKind.YesNo, OptionDef.YesNo),
        new(K.PrejudiceArretPeriodes, ["arret_periodes"], S5, FieldKind.Periods),
        new(K.PrejudiceInaptitude, ["inaptitude"], S5, FieldKind.YesNo, OptionDef.YesNo),
        new(K.PrejudiceTroublesGraves, ["troubles"], S5, FieldKind.YesNo, OptionDef.YesNo),
        new(K.ProceduresAction, ["action"], S6, FieldKind.YesNo, OptionDef.YesNo),
        new(K.ProceduresJuridiction, ["juridiction"], S6, FieldKind.Text),
        new(K.ProceduresValproate, ["valproate"], S6, FieldKind.YesNo, OptionDef.YesNo),
        new(K.SignatureLieu, ["fait_a"], S7, FieldKind.Text),
        new(K.SignatureDate, ["date_signature", "fait_a"], S7, FieldKind.Date),
        new(K.SignaturePresente, ["signature"], S7, FieldKind.YesNo),
    ];

    /// <summary>Section hinted by words of a form-field name or caption ("victime_nom", "txtAvocatAdresse").</summary>
    public static int? SectionHint(IEnumerable<string> tokenKeys)
    {
        foreach (var t in tokenKeys)
        {
            if (t.Contains("victim", StringComparison.Ordinal) || t == "patient") return 1;
            if (t.Contains("demandeur", StringComparison.Ordinal) || t == "requerant") return 2;
            if (t.Contains("avocat", StringComparison.Ordinal) || t == "conseil") return 3;
            if (t.Contains("etablissement", StringComparison.Ordinal) || t == "faits" || t == "etab") return 4;
            if (t.StartsWith("prejudice", StringComparison.Ordinal)) return 5;
            if (t.StartsWith("procedure", StringComparison.Ordinal)) return 6;
            if (t == "signature") return 7;
        }
        return null;
    }
}

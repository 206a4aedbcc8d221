using Intake.Evaluation.Scoring.Normalisation;
using Intake.Evaluation.Tests.Fixtures;

namespace Intake.Evaluation.Tests.Scoring;

/// <summary>Each normalisation rule of docs/evaluation.md "Scoring details", on both sides of its boundary.</summary>
public class FieldComparerTests
{
    private static bool Match(string key, string expectedJson, string? gotJson) =>
        FieldComparer.Matches(key, Json.Parse(expectedJson), gotJson is null ? null : Json.Parse(gotJson));

    [Theory]
    [InlineData("\"2021-03-01\"", "\"01/03/2021\"", true)]
    [InlineData("\"01/03/2021\"", "\"2021-03-01\"", true)]
    [InlineData("\"2021-03-01\"", "\"2021-03-01\"", true)]
    [InlineData("\"2021-03-01\"", "\"03/01/2021\"", false)]
    [InlineData("\"2021-03-01\"", "\"2021-03-02\"", false)]
    [InlineData("\"2021-03-01\"", "\"mars 2021\"", false)]
    public void Dates_in_iso_or_french_order(string expected, string got, bool same) =>
        Assert.Equal(same, Match("faits.date_acte", expected, got));

    [Theory]
    [InlineData("15", "\"15 %\"", true)]
    [InlineData("15", "\"15\"", true)]
    [InlineData("15", "15.0", true)]
    [InlineData("\"15 %\"", "15", true)]
    [InlineData("15", "\"16 %\"", false)]
    [InlineData("3.5", "\"3,5\"", true)]
    [InlineData("3.5", "\"3.5\"", true)]
    [InlineData("3.5", "3", false)]
    public void Numbers_with_percent_signs_and_decimal_commas(string expected, string got, bool same) =>
        Assert.Equal(same, Match(expected.Contains('.') ? "expertise.souffrances_endurees" : "expertise.aipp", expected, got));

    [Theory]
    [InlineData("true", "true", true)]
    [InlineData("true", "\"oui\"", true)]
    [InlineData("false", "\"Non\"", true)]
    [InlineData("false", "true", false)]
    [InlineData("false", "\"\"", false)]
    public void Booleans(string expected, string got, bool same) =>
        Assert.Equal(same, Match("victime.decedee", expected, got));

    [Theory]
    [InlineData("faits.type_dommage", "\"infection_nosocomiale\"", "\"Infection nosocomiale\"", true)]
    [InlineData("faits.type_dommage", "\"affection_iatrogene\"", "\"AFFECTION_IATROGÈNE\"", true)]
    [InlineData("faits.type_dommage", "\"affection_iatrogene\"", "\"accident_medical\"", false)]
    [InlineData("victime.sexe", "\"F\"", "\"f\"", true)]
    [InlineData("victime.sexe", "\"F\"", "\"M\"", false)]
    public void Codes_are_case_and_accent_folded(string key, string expected, string got, bool same) =>
        Assert.Equal(same, Match(key, expected, got));

    [Theory]
    [InlineData("victime.nom", "\"MÜLLER\"", "\"Muller\"", true)]
    [InlineData("victime.nom", "\"LE GOFF\"", "\"Le-Goff\"", true)]
    [InlineData("victime.nom", "\"D'ALEMBERT\"", "\"Dalembert\"", true)]
    [InlineData("victime.prenoms", "\"JEAN PIERRE\"", "\"Jean-Pierre\"", true)]
    [InlineData("victime.prenoms", "\"JEAN PIERRE\"", "\"Jean\"", false)]
    [InlineData("victime.nom", "\"DUPONT\"", "\"DUPOND\"", false)]
    public void Names_upper_cased_without_accents_spaces_or_punctuation(string key, string expected, string got, bool same) =>
        Assert.Equal(same, Match(key, expected, got));

    [Theory]
    [InlineData("\"Paul MARTIN\"", "\"Dr Paul Martin\"", true)]
    [InlineData("\"Paul MARTIN\"", "\"MARTIN Paul\"", true)]
    [InlineData("\"Paul MARTIN\"", "\"Docteur MARTIN\"", true)]
    [InlineData("\"Anne LEROY\"", "\"Maître Anne Leroy\"", true)]
    [InlineData("\"Anne LEROY\"", "\"Me LEROY\"", true)]
    [InlineData("\"Hélène LEFÈVRE\"", "\"Pr Helene Lefevre\"", true)]
    [InlineData("\"Paul MARTIN\"", "\"Paul MARTINEZ\"", false)]
    [InlineData("\"Paul MARTIN\"", "\"Dr\"", false)]
    public void Person_names_without_titles_by_token_sets_or_containment(string expected, string got, bool same) =>
        Assert.Equal(same, Match("expertise.expert", expected, got));

    [Theory]
    [InlineData("victime.nir", "\"170047512345603\"", "\"1 70 04 75 123 456 03\"", true)]
    [InlineData("victime.nir", "\"2A0047512345603\"", "\"2a 00 47 512 345 603\"", true)]
    [InlineData("victime.nir", "\"170047512345603\"", "\"170047512345604\"", false)]
    [InlineData("victime.telephone", "\"0612345678\"", "\"06.12.34.56.78\"", true)]
    [InlineData("victime.code_postal", "\"75011\"", "75011", true)]
    [InlineData("faits.etablissement_code_postal", "\"06000\"", "\"6000\"", false)]
    public void Nir_phone_and_postcode_by_their_characters(string key, string expected, string got, bool same) =>
        Assert.Equal(same, Match(key, expected, got));

    [Fact]
    public void Free_text_matches_at_ninety_percent_similarity_and_not_below()
    {
        const string truth = "abcdefghijklmnopqrst"; // 20 letters: 2 edits = 0.90, 3 edits = 0.85
        Assert.True(Match("faits.description", $"\"{truth}\"", "\"abcdefghijklmnopqrXY\""));
        Assert.False(Match("faits.description", $"\"{truth}\"", "\"abcdefghijklmnopqXYZ\""));
    }

    [Fact]
    public void Free_text_is_compared_on_folded_text()
    {
        const string truth = "\"Infection du site opératoire après une prothèse de hanche.\"";
        Assert.True(Match("faits.description", truth, "\"INFECTION DU SITE OPERATOIRE  APRES UNE PROTHESE DE HANCHE\""));
        Assert.True(Match("faits.description", truth, "\"Infection du sife opératoire apres une prothése de hanche.\""));
        Assert.False(Match("faits.description", truth, "\"Infection après une prothèse.\""));
    }

    [Fact]
    public void Period_lists_are_sets()
    {
        const string truth = "[{\"debut\": \"2021-03-01\", \"fin\": \"2021-10-15\"}, {\"debut\": \"2022-01-10\", \"fin\": \"2022-02-01\"}]";
        Assert.True(Match("prejudice.arret_periodes", truth,
            "[{\"debut\": \"10/01/2022\", \"fin\": \"2022-02-01\"}, {\"debut\": \"2021-03-01\", \"fin\": \"15/10/2021\"}]"));
        Assert.False(Match("prejudice.arret_periodes", truth, "[{\"debut\": \"2021-03-01\", \"fin\": \"2021-10-15\"}]"));
        Assert.False(Match("prejudice.arret_periodes", truth, "\"du 01/03/2021 au 15/10/2021\""));
    }

    [Fact]
    public void Dft_periods_compare_their_rates()
    {
        const string truth = "[{\"debut\": \"2021-03-01\", \"fin\": \"2021-06-30\", \"taux\": 50}, {\"debut\": \"2021-07-01\", \"fin\": \"2021-09-30\", \"taux\": 25}]";
        Assert.True(Match("expertise.dft_periodes", truth,
            "[{\"debut\": \"2021-07-01\", \"fin\": \"2021-09-30\", \"taux\": 25}, {\"debut\": \"2021-03-01\", \"fin\": \"2021-06-30\", \"taux\": 50}]"));
        Assert.False(Match("expertise.dft_periodes", truth,
            "[{\"debut\": \"2021-07-01\", \"fin\": \"2021-09-30\", \"taux\": 50}, {\"debut\": \"2021-03-01\", \"fin\": \"2021-06-30\", \"taux\": 50}]"));
    }

    [Fact]
    public void An_empty_period_list_is_a_value_that_matches_only_an_empty_list()
    {
        Assert.True(Match("expertise.atap_periodes", "[]", "[]"));
        Assert.False(Match("expertise.atap_periodes", "[]", null));
    }

    [Fact]
    public void Short_text_is_folded_then_exact()
    {
        Assert.True(Match("victime.commune", "\"SAINT-ÉTIENNE\"", "\"Saint Etienne\""));
        Assert.False(Match("victime.commune", "\"SAINT-ÉTIENNE\"", "\"Saint Etiene\""));
    }

    [Fact]
    public void A_missing_prediction_is_wrong_and_a_null_truth_wants_no_value()
    {
        Assert.False(Match("victime.nom", "\"DUPONT\"", null));
        Assert.True(FieldComparer.Matches("victime.date_deces", null, null));
        Assert.False(FieldComparer.Matches("victime.date_deces", null, Json.Parse("\"2024-01-01\"")));
    }

    [Theory]
    [InlineData("victime.date_naissance", FieldKind.Date)]
    [InlineData("signature.date", FieldKind.Date)]
    [InlineData("arret.periodes", FieldKind.Periods)]
    [InlineData("victime.adresse", FieldKind.FreeText)]
    [InlineData("courrier.expediteur", FieldKind.PersonName)]
    [InlineData("identite.type", FieldKind.Code)]
    [InlineData("victime.lieu_naissance", FieldKind.Text)]
    public void Keys_get_their_comparison_kind(string key, FieldKind kind) => Assert.Equal(kind, FieldKinds.Of(key));

    [Fact]
    public void Unknown_keys_take_the_kind_of_the_expected_json_value()
    {
        Assert.Equal(FieldKind.Boolean, FieldKinds.Of("assurance.refus", Json.Parse("true")));
        Assert.Equal(FieldKind.Number, FieldKinds.Of("autre.montant", Json.Parse("12")));
        Assert.Equal(FieldKind.Text, FieldKinds.Of("autre.libelle", Json.Parse("\"x\"")));
    }
}

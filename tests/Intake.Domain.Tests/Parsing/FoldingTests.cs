using Intake.Domain.Identity;
using Intake.Domain.Parsing;

namespace Intake.Domain.Tests.Parsing;

/// <summary>One accent folding: name keys, matching forms and the same-length fold agree on accents and ligatures.</summary>
public sealed class FoldingTests
{
    [Theory]
    [InlineData("Cœur", "COEUR")]
    [InlineData("CŒUR", "COEUR")]
    [InlineData("Lætitia", "LAETITIA")]
    [InlineData("Strauß", "STRAUSS")]
    [InlineData("Le Gall-Dupont", "LEGALLDUPONT")]
    [InlineData("Éléonore d’Aubigné", "ELEONOREDAUBIGNE")]
    public void Name_keys_fold_accents_and_spell_ligatures_out(string name, string key) => Assert.Equal(key, PersonName.Key(name));

    [Fact]
    public void A_name_with_a_ligature_and_its_spelt_out_form_have_one_key()
    {
        Assert.Equal(PersonName.Key("COEUR"), PersonName.Key("Cœur"));
        Assert.Equal(TextFolding.MatchingForm("Cœur"), TextFolding.MatchingForm("COEUR"));
        Assert.Equal(TextFolding.MatchingForm("Cœur").Replace(" ", "", StringComparison.Ordinal), PersonName.Key("Cœur"));
    }

    [Fact]
    public void Strip_marks_keeps_ligatures_and_the_same_length_fold_keeps_indexes()
    {
        Assert.Equal("Coeur eleve Œuvre", TextFolding.StripMarks("Coeur élève Œuvre"));
        Assert.Equal("Cœur".Length, TextFolding.Fold("Cœur").Length);
        Assert.Equal("cour", TextFolding.Fold("Cœur"));
    }
}

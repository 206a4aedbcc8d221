using Intake.Extraction.Common;

namespace Intake.Extraction.Tests.Common;

public class ValueChecksTests
{
    [Theory]
    [InlineData("12 rue des Lilas", Check.None)]
    [InlineData("Lieu-dit Les Granges", Check.None)]
    [InlineData("MONTÉE DE LA GRANDE CÔTE", Check.None)]
    [InlineData("BP 12, 69001 Lyon", Check.None)]
    [InlineData("à chaque partie", Check.Failed)]
    [InlineData("professionnelle", Check.Failed)]
    public void An_address_has_a_figure_or_a_street_word(string text, Check expected) =>
        Assert.Equal(expected, ValueChecks.Address(text));

    [Fact]
    public void An_address_label_read_beside_instruction_words_gives_a_doubtful_value()
    {
        var doubtful = ValueReader.FromText("victime.adresse", FieldKind.Text, "à chaque partie", 1, null, 0.95)!;
        var plain = ValueReader.FromText("victime.adresse", FieldKind.Text, "12 rue des Lilas", 1, null, 0.95)!;
        Assert.True(doubtful.Confidence < plain.Confidence);
    }

    [Theory]
    [InlineData("LE GALL", Check.None)]
    [InlineData("de La Fontaine", Check.None)]
    [InlineData("de", Check.Failed)]
    [InlineData("Jean 2", Check.Failed)]
    public void A_name_is_more_than_a_particle(string name, Check expected) =>
        Assert.Equal(expected, ValueChecks.Name(name));

    [Theory]
    [InlineData("Saint-Étienne", Check.None)]
    [InlineData("L'Isle-d'Abeau", Check.None)]
    [InlineData("et informer", Check.Failed)]
    public void A_place_starts_with_a_capital(string text, Check expected) =>
        Assert.Equal(expected, ValueChecks.Place(text));
}

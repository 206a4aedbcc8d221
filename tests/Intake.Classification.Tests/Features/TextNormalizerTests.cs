using Intake.Classification.Features;

namespace Intake.Classification.Tests.Features;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("CERTIFICAT MÉDICAL", "certificat medical")]
    [InlineData("Né(e) le 12/03/1985", "ne e le 00/00/0000")]
    [InlineData("Sœur  de   l’intéressée", "soeur de l' interessee")]
    [InlineData("AIPP : 15 %", "aipp 00 %")]
    [InlineData("  \n  ", "")]
    public void Normalizes_case_accents_digits_and_spaces(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Fact]
    public void Keeps_mrz_chevrons() =>
        Assert.Equal("idfradupont<<<<<<000", TextNormalizer.Normalize("IDFRADUPONT<<<<<<123"));
}

using Intake.Corpus.People;

namespace Intake.Corpus.Tests;

public sealed class FrenchNumbersTests
{
    [Theory]
    [InlineData(1, "un")]
    [InlineData(17, "dix-sept")]
    [InlineData(21, "vingt et un")]
    [InlineData(71, "soixante et onze")]
    [InlineData(80, "quatre-vingts")]
    [InlineData(81, "quatre-vingt-un")]
    [InlineData(99, "quatre-vingt-dix-neuf")]
    [InlineData(200, "deux cents")]
    [InlineData(1975, "mille neuf cent soixante-quinze")]
    [InlineData(2022, "deux mille vingt-deux")]
    public void Numbers_are_written_as_civil_status_acts_write_them(int n, string words) => Assert.Equal(words, FrenchNumbers.Words(n));

    [Fact]
    public void Dates_in_words_say_premier_for_the_first_of_the_month()
    {
        Assert.Equal("premier janvier deux mille vingt-trois", FrenchNumbers.Date(new DateOnly(2023, 1, 1)));
        Assert.Equal("vingt novembre deux mille vingt-deux", FrenchNumbers.Date(new DateOnly(2022, 11, 20)));
        Assert.Equal("quatorze heures trente", FrenchNumbers.Time(14, 30));
    }
}

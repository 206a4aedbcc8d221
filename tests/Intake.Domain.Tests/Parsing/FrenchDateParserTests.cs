using Intake.Domain.Parsing;

namespace Intake.Domain.Tests.Parsing;

public class FrenchDateParserTests
{
    [Theory]
    [InlineData("12/03/2021", 2021, 3, 12)]
    [InlineData("12.03.2021", 2021, 3, 12)]
    [InlineData("12-03-21", 2021, 3, 12)]
    [InlineData("12 mars 2021", 2021, 3, 12)]
    [InlineData("1er mars 2021", 2021, 3, 1)]
    [InlineData("12 MARS 2021", 2021, 3, 12)]
    [InlineData("3 février 2022", 2022, 2, 3)]
    [InlineData("15 août 2020", 2020, 8, 15)]
    [InlineData("15 aout 2020", 2020, 8, 15)]
    [InlineData("5 déc. 2019", 2019, 12, 5)]
    [InlineData("l2/03/2O21", 2021, 3, 12)]
    [InlineData("du 29/0 1/2023 au", 2023, 1, 29)]
    [InlineData("2021-03-12", 2021, 3, 12)]
    [InlineData("Fait à Lyon, le 02 / 05 / 2023.", 2023, 5, 2)]
    [InlineData("12 fevrler 2021", 2021, 2, 12)]
    [InlineData("né le 12/03/45", 1945, 3, 12)]
    public void Parses_french_dates(string text, int y, int m, int d)
    {
        Assert.True(FrenchDateParser.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31/02/2021")]
    [InlineData("12/13/2021")]
    [InlineData("page 12 sur 30")]
    [InlineData("ll/Oo/lOlO")]
    public void Rejects_invalid_or_garbage(string text) => Assert.False(FrenchDateParser.TryParse(text, out _));

    [Fact]
    public void Finds_all_dates_with_positions_and_repairs()
    {
        var text = "du 01/03/2021 au l5/04/2021";
        var all = FrenchDateParser.FindAll(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("01/03/2021", text.Substring(all[0].Index, all[0].Length));
        Assert.Equal(0, all[0].RepairedChars);
        Assert.Equal(1, all[1].RepairedChars);
        Assert.Equal(new DateOnly(2021, 4, 15), all[1].Value);
    }
}

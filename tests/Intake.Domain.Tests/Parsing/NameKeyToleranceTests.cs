using Intake.Domain.Parsing;

namespace Intake.Domain.Tests.Parsing;

public class NameKeyToleranceTests
{
    [Theory]
    [InlineData("LEMOINE", "LEMOINE", true)]
    [InlineData("LEMOINE", "LEMOLNE", true)]   // substitution (I read as l)
    [InlineData("BOURGEOIS", "BOURGEOS", true)] // deletion
    [InlineData("BOURGEOS", "BOURGEOIS", true)] // insertion
    [InlineData("GIRAUD", "GIRAUDD", true)]
    [InlineData("LEMOINE", "LEMAINT", false)]  // two substitutions
    [InlineData("MARTIN", "MARTIAL", false)]   // substitution + insertion
    [InlineData("NOEL", "NOEM", false)]        // too short to tolerate
    [InlineData("ROBIN", "ROBINE", false)]     // one side shorter than six letters
    [InlineData("", "", false)]
    public void Tolerates_one_edit_on_long_names_only(string a, string b, bool close)
    {
        Assert.Equal(close, NameKeyTolerance.AreClose(a, b));
        Assert.Equal(close, NameKeyTolerance.AreClose(b, a));
    }

    [Theory]
    [InlineData("ABC", "ABC", true)]
    [InlineData("ABC", "ABD", true)]
    [InlineData("ABC", "AC", true)]
    [InlineData("ABC", "XABC", true)]
    [InlineData("ABC", "ABCD", true)]
    [InlineData("ABC", "BAC", false)]
    [InlineData("ABC", "A", false)]
    public void One_edit_distance(string a, string b, bool within) =>
        Assert.Equal(within, NameKeyTolerance.WithinOneEdit(a, b));
}

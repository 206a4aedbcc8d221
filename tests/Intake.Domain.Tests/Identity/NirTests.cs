using Intake.Domain.Identity;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Identity;

public class NirTests
{
    [Fact]
    public void Valid_key_passes_and_any_other_key_fails()
    {
        string nir = ValidNir("1850675123456");
        Assert.True(Nir.IsValid(nir));
        int key = int.Parse(nir[13..], System.Globalization.CultureInfo.InvariantCulture);
        string wrong = nir[..13] + (key % 97 + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(Nir.IsValid(wrong));
    }

    [Fact]
    public void Key_is_97_minus_body_mod_97()
    {
        // 1 85 06 75 123 456: 1850675123456 mod 97 computed independently
        long body = 1850675123456;
        Assert.Equal((int)(97 - body % 97), Nir.ComputeKey("1850675123456"));
    }

    [Theory]
    [InlineData("2A", "19")]
    [InlineData("2B", "18")]
    public void Corsica_is_read_as_19_or_18(string dept, string asDigits)
    {
        string body = "18506" + dept + "004123";
        long n = long.Parse("18506" + asDigits + "004123", System.Globalization.CultureInfo.InvariantCulture);
        int expected = (int)(97 - n % 97);
        Assert.Equal(expected, Nir.ComputeKey(body));
        Assert.True(Nir.IsValid(body + expected.ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(Nir.IsValid((body + expected.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToLowerInvariant()));
        // the same digits read as 2A vs 2B give different keys
        Assert.NotEqual(Nir.ComputeKey("18506" + "2A" + "004123"), Nir.ComputeKey("18506" + "2B" + "004123"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("18506751234")]          // too short
    [InlineData("1850675123456789")]     // too long
    [InlineData("18506751234X612")]      // a letter outside the département
    [InlineData("1850675123456AB")]      // letters in the key
    public void Malformed_values_fail(string raw) => Assert.False(Nir.IsValid(raw));

    [Fact]
    public void Spaces_dots_and_dashes_are_ignored()
    {
        string nir = ValidNir("2800475123456");
        string spaced = $"{nir[0]} {nir.Substring(1, 2)} {nir.Substring(3, 2)}.{nir.Substring(5, 2)}-{nir.Substring(7, 3)} {nir.Substring(10, 3)} {nir[13..]}";
        Assert.True(Nir.IsValid(spaced));
        Assert.Equal(nir, Nir.Normalize(spaced));
    }

    [Fact]
    public void Mask_hides_the_middle() =>
        Assert.Equal("2 80 ** ** *** *** " + ValidNir("2800475123456")[13..], Nir.Mask(ValidNir("2800475123456")));
}

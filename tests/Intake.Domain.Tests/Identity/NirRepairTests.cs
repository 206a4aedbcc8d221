using Intake.Domain.Identity;

namespace Intake.Domain.Tests.Identity;

/// <summary>A NIR read off a comb of boxes, with the boxes' edges as extra characters, rebuilt by its key.</summary>
public class NirRepairTests
{
    private static string Valid(string body13) => body13 + Nir.ComputeKey(body13)!.Value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string Nir1 = Valid("2750469123456"); // a woman born in April 1975, Rhône
    private static readonly DateOnly Born = new(1975, 4, 18);

    [Fact]
    public void Edges_read_as_ones_and_stray_signs_are_dropped()
    {
        // "2 75 04 69 123 456 kk" read with a box edge before it and one inside, and a bracket
        var read = "1" + Nir1[..3] + "1" + Nir1[3..8] + "[" + Nir1[8..];
        Assert.False(Nir.IsValid(read));
        Assert.Equal(Nir1, NirRepair.Repair(read, Born));
        Assert.Equal(Nir1, NirRepair.Repair(read, Born, "F"));
        // letters that look like digits are read as them: "O" for 0
        Assert.Equal(Nir1, NirRepair.Repair(Nir1[..3] + "O" + Nir1[4..] + "|", Born));
    }

    [Fact]
    public void The_birth_date_and_sex_must_be_the_victims()
    {
        var read = "1" + Nir1;
        Assert.Null(NirRepair.Repair(read, new DateOnly(1975, 5, 18)));   // another month
        Assert.Null(NirRepair.Repair(read, Born, "M"));                     // another sex
    }

    [Fact]
    public void Without_a_birth_date_only_a_single_possible_number_is_taken()
    {
        Assert.Equal(Nir1, NirRepair.Repair(Nir1[..6] + "]" + Nir1[6..], null));
        // missing characters cannot be guessed, nor can too many extra ones be sorted out
        Assert.Null(NirRepair.Repair(Nir1[1..], Born));
        Assert.Null(NirRepair.Repair("11111" + Nir1, Born));
    }
}

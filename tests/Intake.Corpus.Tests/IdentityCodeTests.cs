using System.Text.Json.Nodes;
using Intake.Corpus.People;

namespace Intake.Corpus.Tests;

public sealed class IdentityCodeTests
{
    [Fact]
    public void Mrz_check_digits_follow_icao_9303_reference_values()
    {
        // ICAO 9303 part 4 specimen: document number L898902C3 -> 6; birth 740812 -> 2; expiry 120415 -> 9.
        Assert.Equal(6, Mrz.CheckDigit("L898902C3"));
        Assert.Equal(2, Mrz.CheckDigit("740812"));
        Assert.Equal(9, Mrz.CheckDigit("120415"));
        Assert.Equal(0, Mrz.CheckDigit("<<<<<<<<<<<<<<"));
    }

    [Fact]
    public void Generated_mrz_lines_have_icao_lengths_and_valid_check_digits()
    {
        var people = new PersonFactory(new Random(3));
        for (int i = 0; i < 50; i++)
        {
            var p = people.Create(new DateOnly(1950, 1, 1), new DateOnly(2010, 12, 31));
            var td1 = Mrz.Td1(p, "X4RTBPFW4", new DateOnly(2031, 5, 2));
            Assert.All(td1, l => Assert.Equal(30, l.Length));
            Assert.StartsWith("IDFRA", td1[0]);
            Assert.Equal(Mrz.CheckDigit(td1[0][5..14]), td1[0][14] - '0');
            Assert.Equal(Mrz.CheckDigit(td1[1][0..6]), td1[1][6] - '0');
            Assert.Equal(Mrz.CheckDigit(td1[1][8..14]), td1[1][14] - '0');
            Assert.Equal(Mrz.CheckDigit(td1[0][5..30] + td1[1][0..7] + td1[1][8..15] + td1[1][18..29]), td1[1][29] - '0');

            var td3 = Mrz.Td3(p, "24AB12345", new DateOnly(2030, 1, 9));
            Assert.All(td3, l => Assert.Equal(44, l.Length));
            Assert.StartsWith("P<FRA", td3[0]);
            var l2 = td3[1];
            Assert.Equal(Mrz.CheckDigit(l2[0..9]), l2[9] - '0');
            Assert.Equal(Mrz.CheckDigit(l2[13..19]), l2[19] - '0');
            Assert.Equal(Mrz.CheckDigit(l2[21..27]), l2[27] - '0');
            Assert.Equal(Mrz.CheckDigit(l2[0..10] + l2[13..20] + l2[21..43]), l2[43] - '0');
        }
    }

    [Fact]
    public void Identity_cards_of_1995_have_two_lines_of_36_with_valid_check_digits()
    {
        var people = new PersonFactory(new Random(8));
        for (int i = 0; i < 30; i++)
        {
            var p = people.Create(new DateOnly(1950, 1, 1), new DateOnly(2000, 12, 31));
            var mrz = Mrz.Cni1995(p, "110769100123", "693021");
            Assert.All(mrz, l => Assert.Equal(36, l.Length));
            Assert.StartsWith("IDFRA" + Mrz.Clean(p.BirthName)[..Math.Min(25, Mrz.Clean(p.BirthName).Length)], mrz[0]);
            Assert.EndsWith("693021", mrz[0]);
            var l2 = mrz[1];
            Assert.Equal(Mrz.CheckDigit(l2[..12]), l2[12] - '0');
            Assert.Equal(Mrz.CheckDigit(l2[27..33]), l2[33] - '0');
            Assert.Equal(p.Sex[0], l2[34]);
            Assert.Equal(Mrz.CheckDigit(mrz[0] + l2[..35]), l2[35] - '0');
        }
    }

    [Fact]
    public void Residence_permits_carry_code_ir_and_the_holders_nationality()
    {
        var p = new PersonFactory(new Random(2)).Create(new DateOnly(1970, 1, 1), new DateOnly(1980, 1, 1), nationality: "MAR");
        var mrz = Mrz.Td1(p, "12A345678", new DateOnly(2030, 1, 1), "IR", p.Nationality);
        Assert.StartsWith("IRFRA", mrz[0]);
        Assert.Equal("MAR", mrz[1][15..18]);
        Assert.True(NirCode.IsValid(p.Nir));
        Assert.Equal("99", p.Nir[5..7]); // born abroad
    }

    [Fact]
    public void Nir_keys_are_97_minus_mod_97_with_corsica_read_as_19_and_18()
    {
        // 1 85 05 78 006 084 -> 1850578006084 mod 97 = 6 -> key 91 (hand-computed).
        Assert.Equal(91, NirCode.Key("1850578006084"));
        Assert.Equal(NirCode.Key("2900519004012"), NirCode.Key("29005" + "2A" + "004012"));
        Assert.Equal(NirCode.Key("2900518004012"), NirCode.Key("29005" + "2B" + "004012"));
        var body = "1850578006084";
        Assert.True(NirCode.IsValid(NirCode.WithKey(body)));
        for (int shift = 0; shift < 120; shift++) Assert.False(NirCode.IsValid(NirCode.WithWrongKey(body, shift)));
    }
}

[Collection("small corpus")]
public sealed class CorpusNirTests(SmallCorpusFixture corpus)
{
    [Fact]
    public void Every_printed_nir_is_valid_except_the_deliberate_invalid_one()
    {
        var invalidDossiers = new HashSet<string>();
        int valid = 0;
        foreach (var f in Directory.EnumerateFiles(Path.Combine(corpus.Truth, "files"), "*.json", SearchOption.AllDirectories))
            foreach (var doc in JsonNode.Parse(File.ReadAllText(f))!["documents"]!.AsArray())
                if (doc!["fields"]!["victime.nir"]?.GetValue<string>() is { } nir)
                {
                    if (NirCode.IsValid(nir)) valid++;
                    else invalidDossiers.Add(doc["dossier"]!.GetValue<string>());
                }
        var flagged = JsonNode.Parse(File.ReadAllText(Path.Combine(corpus.Truth, "dossiers.json")))!.AsArray()
            .Where(d => d!["flags"]!.AsArray().Any(x => x!.GetValue<string>() == "NIR_INVALID"))
            .Select(d => d!["key"]!.GetValue<string>()).ToHashSet();
        Assert.True(valid > 10);
        Assert.Single(invalidDossiers);
        Assert.Equal(flagged, invalidDossiers);
    }
}

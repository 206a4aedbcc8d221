using Intake.Domain.Fields;
using Intake.Domain.Parsing;

namespace Intake.Domain.Tests.Parsing;

public class OtherParsersTests
{
    [Theory]
    [InlineData("15 %", 15)]
    [InlineData("15%", 15)]
    [InlineData("taux : 7,5 %", 7.5)]
    [InlineData("quinze pour cent", 15)]
    [InlineData("vingt-cinq pour cent", 25)]
    [InlineData("soixante-dix pour cent", 70)]
    public void Percentages(string text, double expected)
    {
        Assert.True(FrenchNumberParser.TryParsePercent(text, out var v));
        Assert.Equal((decimal)expected, v);
    }

    [Fact]
    public void Rates_are_integers_within_0_to_100()
    {
        Assert.True(FrenchNumberParser.TryParseRate("27 %", out var r));
        Assert.Equal(27, r);
        Assert.False(FrenchNumberParser.TryParseRate("150 %", out _));
    }

    [Theory]
    [InlineData("3,5", 3.5)]
    [InlineData("3.5", 3.5)]
    [InlineData("4/7", 4)]
    public void Decimals(string text, double expected)
    {
        Assert.True(FrenchNumberParser.TryParseDecimal(text, out var v));
        Assert.Equal((decimal)expected, v);
    }

    [Theory]
    [InlineData("Oui", true)]
    [InlineData("NON", false)]
    [InlineData("0ui", true)]
    [InlineData("On", true)]
    [InlineData("Off", false)]
    public void Booleans(string text, bool expected)
    {
        Assert.True(FrenchBoolean.TryParse(text, out var b));
        Assert.Equal(expected, b);
    }

    [Fact]
    public void Boolean_rejects_other_words() => Assert.False(FrenchBoolean.TryParse("Peut-être", out _));

    [Theory]
    [InlineData("69003", "69003")]
    [InlineData("69 003", "69003")]
    [InlineData("6900З", null)]
    [InlineData("6900", null)]
    [InlineData("99000", null)]
    [InlineData("75O11", "75011")]
    public void Postcodes(string text, string? expected)
    {
        bool ok = ContactParsers.TryParsePostcode(text, out var pc);
        Assert.Equal(expected is not null, ok);
        if (expected is not null) Assert.Equal(expected, pc);
    }

    [Theory]
    [InlineData("06 12 34 56 78", "0612345678")]
    [InlineData("06.12.34.56.78", "0612345678")]
    [InlineData("+33 6 12 34 56 78", "0612345678")]
    [InlineData("0033 (0)6 12 34 56 78", "0612345678")]
    public void Phones(string text, string expected)
    {
        Assert.True(ContactParsers.TryParsePhone(text, out var p));
        Assert.Equal(expected, p);
    }

    [Fact]
    public void Emails()
    {
        Assert.True(ContactParsers.TryParseEmail("Courriel : Jeanne.Dupont @ Example.fr", out var e));
        Assert.Equal("jeanne.dupont@example.fr", e);
        Assert.True(ContactParsers.TryParseEmail("pierre fabre98@gmail.com", out var lostDot));
        Assert.Equal("pierre.fabre98@gmail.com", lostDot);
        Assert.True(ContactParsers.TryParseEmail("Courriel : anne_ marie@free.fr", out var underscore));
        Assert.Equal("anne_marie@free.fr", underscore);
        Assert.True(ContactParsers.TryParseEmail("courriel jean@free.fr", out var labelled));
        Assert.Equal("jean@free.fr", labelled);
        Assert.False(ContactParsers.TryParseEmail("jeanne.dupont(at)example", out _));
    }

    [Theory]
    [InlineData("Maître Paul LEGRAND", "Paul LEGRAND")]
    [InlineData("Me Paul Legrand", "Paul Legrand")]
    [InlineData("Dr. Henri ROUX", "Henri ROUX")]
    [InlineData("Docteur Henri ROUX", "Henri ROUX")]
    [InlineData("Pr Anne Leroy", "Anne Leroy")]
    [InlineData("M. Paul MARTIN", "Paul MARTIN")]
    [InlineData("Mme Jeanne DUPONT", "Jeanne DUPONT")]
    public void Names_without_titles(string text, string expected) => Assert.Equal(expected, PersonNameParser.StripTitles(text));

    [Fact]
    public void Names_matching_form_is_upper_case_without_accents() =>
        Assert.Equal("HELENE LEFEVRE", PersonNameParser.ToMatchingForm("Mme Hélène  Lefèvre"));

    [Fact]
    public void Full_names_split_into_family_name_and_first_names()
    {
        Assert.Equal(("DUPONT", "Jeanne Marie"), PersonNameParser.SplitFullName("Madame Jeanne Marie DUPONT"));
        Assert.Equal(("LE GALL", "Yvonne"), PersonNameParser.SplitFullName("LE GALL Yvonne"));
    }

    [Fact]
    public void Periods_du_au()
    {
        var all = PeriodParser.FindAll("Arrêts : du 01/03/2021 au 15/04/2021, puis du 16 avril 2021 jusqu'au 31 mai 2021.");
        Assert.Equal(
            [new Period(new DateOnly(2021, 3, 1), new DateOnly(2021, 4, 15)), new Period(new DateOnly(2021, 4, 16), new DateOnly(2021, 5, 31))],
            all.Select(p => p.Period).ToList());
    }

    [Theory]
    [InlineData("du | 08/11/2021 | av | 11/02/2022 |")]
    [InlineData("du 08/11/2021 an 11/02/2022")]
    public void The_OCR_readings_of_au_join_a_period(string text) =>
        Assert.Equal(new Period(new DateOnly(2021, 11, 8), new DateOnly(2022, 2, 11)), Assert.Single(PeriodParser.FindAll(text)).Period);

    [Fact]
    public void A_period_ending_before_it_starts_is_rejected() =>
        Assert.Empty(PeriodParser.FindAll("du 15/04/2021 au 01/03/2021"));

    [Theory]
    [InlineData("Hôpital", "hopital")]
    [InlineData("Prénom(s) :", "prenoms")]
    public void Token_keys_are_folded(string text, string expected) => Assert.Equal(expected, TextFolding.TokenKey(text));

    [Fact]
    public void Fold_keeps_length()
    {
        const string s = "Établissement « œuvre » – Août";
        Assert.Equal(s.Length, TextFolding.Fold(s).Length);
        Assert.StartsWith("etablissement", TextFolding.Fold(s));
    }

    [Theory]
    [InlineData("naissance", "naissanee", true)]
    [InlineData("commune", "comnune", true)]
    [InlineData("nom", "non", false)]
    public void Fuzzy_equality_tolerates_ocr_errors(string expected, string actual, bool equal) =>
        Assert.Equal(equal, EditDistance.FuzzyEquals(actual, expected));
}

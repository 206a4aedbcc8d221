using System.Globalization;
using System.Text;

namespace Intake.Corpus.People;

/// <summary>Draws random French identities from a seeded random source.</summary>
public sealed class PersonFactory
{
    private readonly Random _rng;

    public PersonFactory(Random rng) => _rng = rng;

    public T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    /// <summary>
    /// A person born between the two dates (inclusive); surname optional (family members share it). Nationality null:
    /// French, or now and then (adults only) a resident of another nationality, born abroad.
    /// </summary>
    public Person Create(DateOnly bornFrom, DateOnly bornTo, string? sex = null, string? surname = null, bool married = false, string? nationality = null)
    {
        sex ??= _rng.Next(2) == 0 ? "F" : "M";
        var birth = bornFrom.AddDays(_rng.Next(bornTo.DayNumber - bornFrom.DayNumber + 1));
        // Avoid 29 February: it makes "+ N years" arithmetic ambiguous in hand-derived truths.
        if (birth.Month == 2 && birth.Day == 29) birth = birth.AddDays(1);
        nationality ??= birth.Year < 2000 && _rng.Next(12) == 0 ? Pick(FrenchData.Foreign).Code : "FRA";
        var foreign = FrenchData.Foreign.FirstOrDefault(f => f.Code == nationality);
        bool abroad = foreign.Code is not null;
        string birthName = surname ?? (abroad ? Pick(foreign.Surnames) : Pick(FrenchData.Surnames));
        string usageName = married && sex == "F" ? Pick(FrenchData.Surnames) : birthName;
        var pool = abroad ? (sex == "F" ? foreign.Female : foreign.Male) : sex == "F" ? FrenchData.FemaleFirstNames : FrenchData.MaleFirstNames;
        var first = new List<string> { Pick(pool) };
        for (int extra = _rng.Next(3); extra > 0; extra--)
        {
            var n = Pick(pool);
            if (!first.Contains(n)) first.Add(n);
        }
        var place = Pick(FrenchData.Communes);
        var home = Pick(FrenchData.Communes);
        string birthPlace = abroad ? Pick(foreign.Places) : place.Commune;
        string street = $"{_rng.Next(1, 120)} {Pick(FrenchData.Streets)}";
        string phone = "0" + (_rng.Next(2) == 0 ? "6" : "4") + string.Concat(Enumerable.Range(0, 8).Select(_ => _rng.Next(10).ToString(CultureInfo.InvariantCulture)));
        string email = $"{Ascii(first[0])}.{Ascii(usageName)}{_rng.Next(10, 99)}@{Pick(new[] { "orange.fr", "gmail.com", "free.fr", "laposte.net" })}";
        string nir = abroad
            ? NirCode.WithKey(NirCode.Body(sex, birth, "99", foreign.Country, _rng.Next(1, 999)))
            : NirCode.WithKey(NirCode.Body(sex, birth, place.Dept, place.CommuneCode, _rng.Next(1, 999)));
        return new Person(sex, usageName, birthName, first, birth, birthPlace, street, home.PostCode, home.Commune, phone, email, nir)
        {
            Nationality = nationality,
        };
    }

    public static string Ascii(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in Intake.Domain.Parsing.TextFolding.StripMarks(s))
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>"Dr Prénom NOM" style doctor name without title.</summary>
    public string DoctorName()
    {
        var p = Create(new DateOnly(1955, 1, 1), new DateOnly(1985, 12, 31));
        return $"{p.FirstName} {p.Surname}";
    }
}

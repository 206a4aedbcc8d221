namespace Intake.Corpus.People;

/// <summary>A generated person: names as printed (upper-case surname), birth data, address and NIR.</summary>
public sealed record Person(
    string Sex,
    string Surname,
    string BirthName,
    IReadOnlyList<string> FirstNames,
    DateOnly BirthDate,
    string BirthPlace,
    string Street,
    string PostCode,
    string Commune,
    string Phone,
    string Email,
    string Nir)
{
    /// <summary>ISO 3166 alpha-3 nationality code ("FRA", "DZA"…).</summary>
    public string Nationality { get; init; } = "FRA";
    public bool IsFrench => Nationality == "FRA";
    public string FirstNamesText => string.Join(' ', FirstNames);
    public string FirstName => FirstNames[0];
    public string Civility => Sex == "F" ? "Madame" : "Monsieur";
    public string FullName => $"{FirstName} {Surname}";
    public int AgeOn(DateOnly date)
    {
        int age = date.Year - BirthDate.Year;
        if (date < BirthDate.AddYears(age)) age--;
        return age;
    }
}

namespace Intake.Classification.Tests.Support;

/// <summary>Random people, places and dates for synthetic French pages.</summary>
public sealed class SyntheticFacts(Random random)
{
    private static readonly string[] Surnames =
        ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU",
         "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT", "FOURNIER"];
    private static readonly string[] Firstnames =
        ["Marie", "Jean", "Pierre", "Nathalie", "Isabelle", "Philippe", "Sylvie", "Michel", "Catherine", "Nicolas",
         "Sophie", "Laurent", "Élodie", "François", "Hélène", "Stéphane", "Amélie", "Thierry"];
    private static readonly string[] Cities =
        ["Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Rennes", "Strasbourg", "Montpellier",
         "Dijon", "Grenoble", "Angers", "Tours", "Limoges"];
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] Streets = ["rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue des Lilas", "place de la Mairie"];

    public Random Random { get; } = random;
    public string Surname() => Pick(Surnames);
    public string Firstname() => Pick(Firstnames);
    public string City() => Pick(Cities);
    public string Person() => $"{Firstname()} {Surname()}";
    public string Doctor() => $"Docteur {Firstname()} {Surname()}";
    public string Address() => $"{Random.Next(1, 120)} {Pick(Streets)}, {Random.Next(10, 96):00}{Random.Next(0, 999):000} {City()}";
    public string Date() => $"{Random.Next(1, 29):00}/{Random.Next(1, 13):00}/{Random.Next(2015, 2025)}";
    public string BirthDate() => $"{Random.Next(1, 29):00}/{Random.Next(1, 13):00}/{Random.Next(1940, 2005)}";
    public string LongDate() => $"{Random.Next(1, 29)} {Pick(Months)} {Random.Next(2015, 2025)}";
    public string Nir() => $"{Random.Next(1, 3)} {Random.Next(40, 99)} {Random.Next(1, 13):00} {Random.Next(1, 96):00} {Random.Next(1, 999):000} {Random.Next(1, 999):000} {Random.Next(1, 97):00}";
    public string Amount() => $"{Random.Next(10, 2000)},{Random.Next(0, 100):00} €";
    public string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + Random.Next(10))));
    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>Between min and max of the given sentences, in random order.</summary>
    public IEnumerable<string> Some(IReadOnlyList<string> sentences, int min, int max) =>
        sentences.OrderBy(_ => Random.Next()).Take(Random.Next(min, max + 1));
}

namespace Intake.Corpus.People;

/// <summary>Numbers and dates written in French words, as civil-status acts and notarial deeds write them.</summary>
public static class FrenchNumbers
{
    private static readonly string[] Units =
    [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
        "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ];

    private static readonly string[] Tens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"];

    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>0 to 9999 in words (1990 spelling: hyphens between tens and units, "et" for 21, 31 … 71).</summary>
    public static string Words(int n)
    {
        if (n < 0 || n > 9999) throw new ArgumentOutOfRangeException(nameof(n));
        if (n < 20) return Units[n];
        if (n < 100)
        {
            int t = n / 10, u = n % 10;
            if (t is 7 or 9) return Tens[t] + (t == 7 && u == 1 ? " et " : "-") + Units[10 + u];
            if (u == 0) return t == 8 ? "quatre-vingts" : Tens[t];
            return Tens[t] + (u == 1 && t != 8 ? " et un" : "-" + Units[u]);
        }
        if (n < 1000)
        {
            int h = n / 100, rest = n % 100;
            string head = h == 1 ? "cent" : Units[h] + " cent" + (rest == 0 ? "s" : "");
            return rest == 0 ? head : head + " " + Words(rest);
        }
        int th = n / 1000, r = n % 1000;
        string thousands = th == 1 ? "mille" : Words(th) + " mille";
        return r == 0 ? thousands : thousands + " " + Words(r);
    }

    /// <summary>"vingt novembre deux mille vingt-deux" ("premier" for the 1st).</summary>
    public static string Date(DateOnly d) => $"{(d.Day == 1 ? "premier" : Words(d.Day))} {Months[d.Month - 1]} {Words(d.Year)}";

    /// <summary>"quatorze heures trente" for a time of day.</summary>
    public static string Time(int hour, int minute) =>
        $"{Words(hour)} heure{(hour > 1 ? "s" : "")}{(minute == 0 ? "" : " " + Words(minute))}";
}

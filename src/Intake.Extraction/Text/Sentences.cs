using System.Text.RegularExpressions;

namespace Intake.Extraction.Text;

/// <summary>A sentence of a document: its span and its folded text.</summary>
public readonly record struct Sentence(int Start, int Length, string Folded)
{
    public int End => Start + Length;
}

/// <summary>Splits folded text into sentences: at ". ", "; ", "? ", blank lines, and line breaks before a capital or a bullet.</summary>
public static partial class Sentences
{
    [GeneratedRegex(@"(?<=[a-z)\]%""][.!?;])\s+|\n\s*\n|\n(?=\s*[-•*–·])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\b(?:dire si|preciser si|rechercher si|determiner si|indiquer si|dire s'il|preciser s'il|se prononcer sur|donner (?:son|tout) avis|le cas echeant|eventuelle?s?|mission|question posee|il (?:vous )?est demande)\b")]
    private static partial Regex MissionWording();

    public static IReadOnlyList<Sentence> Split(DocumentText doc)
    {
        var raw = doc.Raw;
        var folded = doc.Folded;
        var cuts = new List<int> { 0 };
        foreach (Match m in Boundary().Matches(folded)) cuts.Add(m.Index + m.Length);
        for (int i = 0; i < raw.Length - 1; i++)
            if (raw[i] == '\n' && (char.IsUpper(raw[i + 1]) || char.IsDigit(raw[i + 1])) && i > 0 && raw[i - 1] != ',')
                cuts.Add(i + 1);
        cuts.Add(raw.Length);
        cuts = cuts.Distinct().OrderBy(c => c).ToList();
        var result = new List<Sentence>();
        for (int i = 0; i + 1 < cuts.Count; i++)
        {
            int s = cuts[i], e = cuts[i + 1];
            if (e > s && folded[s..e].Any(char.IsLetter)) result.Add(new Sentence(s, e - s, folded[s..e].Replace('\n', ' ')));
        }
        return result;
    }

    /// <summary>True for sentences restating the expert's mission ("dire si une faute a été commise").</summary>
    public static bool IsMission(Sentence s) => MissionWording().IsMatch(s.Folded);
}

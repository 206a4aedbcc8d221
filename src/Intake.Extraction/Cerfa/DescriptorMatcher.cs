using System.Text;
using Intake.Domain.Parsing;
using Intake.Extraction.Layout;

namespace Intake.Extraction.Cerfa;

/// <summary>Reads a form-field name or caption ("txtVictimeNomUsage", "Date de naissance") as label ids and tokens.</summary>
public static class DescriptorMatcher
{
    /// <summary>Token keys of a descriptor: split at separators and camelCase humps, folded.</summary>
    public static List<string> Tokens(string descriptor)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < descriptor.Length; i++)
        {
            char c = descriptor[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(descriptor[i - 1])) sb.Append(' ');
            if (i > 0 && char.IsDigit(c) != char.IsDigit(descriptor[i - 1]) && char.IsLetterOrDigit(c)) sb.Append(' ');
            sb.Append(c is '_' or '.' or '-' or '/' or '[' or ']' or '(' or ')' or ':' ? ' ' : c);
        }
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(MatchKeys.Of).Where(k => k.Length > 0).ToList();
    }

    /// <summary>Label ids found in the tokens (longest match first at each position), with the token index after each.</summary>
    public static List<(string LabelId, int After)> Labels(IReadOnlyList<string> tokens, IReadOnlyList<LabelDef> labels)
    {
        var found = new List<(string, int)>();
        int i = 0;
        while (i < tokens.Count)
        {
            string? bestId = null;
            int bestEnd = -1, bestScore = int.MinValue;
            foreach (var def in labels)
                foreach (var key in def.Keys)
                {
                    if (key.Length <= bestScore) break;
                    int end = PhraseMatcher.MatchAt(tokens, i, key, out var d);
                    if (end < 0) continue;
                    int score = key.Length - 3 * d;
                    if (score > bestScore) { bestId = def.Id; bestEnd = end; bestScore = score; }
                }
            if (bestId is null) { i++; continue; }
            found.Add((bestId, bestEnd + 1));
            i = bestEnd + 1;
        }
        return found;
    }
}

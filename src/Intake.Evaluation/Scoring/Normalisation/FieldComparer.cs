using System.Text.Json.Nodes;

namespace Intake.Evaluation.Scoring.Normalisation;

/// <summary>Decides whether a predicted field value equals the expected one, after the normalisation of its kind.</summary>
public static class FieldComparer
{
    public const double FreeTextThreshold = 0.9;

    /// <summary>
    /// True when <paramref name="got"/> matches <paramref name="expected"/> for <paramref name="key"/>.
    /// An expected null (the truth says "no value") matches only an absent or null prediction.
    /// </summary>
    public static bool Matches(string key, JsonNode? expected, JsonNode? got)
    {
        if (expected is null) return got is null;
        if (got is null) return false;
        return FieldKinds.Of(key, expected) switch
        {
            FieldKind.Date => Same(ValueParsers.Date, expected, got),
            FieldKind.Number => Same(ValueParsers.Number, expected, got),
            FieldKind.Boolean => Same(ValueParsers.Boolean, expected, got),
            FieldKind.Periods => ValueParsers.Periods(expected) is { } a && ValueParsers.Periods(got) is { } b && a.SetEquals(b),
            FieldKind.Code => Code(Text(expected)) == Code(Text(got)),
            FieldKind.Name or FieldKind.Characters => TextFold.Compact(Text(expected)) == TextFold.Compact(Text(got)),
            FieldKind.PersonName => PersonNames.Match(Text(expected), Text(got)),
            FieldKind.FreeText => Similarity.Ratio(TextFold.FoldWords(Text(expected)), TextFold.FoldWords(Text(got))) >= FreeTextThreshold - 1e-9,
            _ => TextFold.FoldWords(Text(expected)) == TextFold.FoldWords(Text(got)),
        };
    }

    private static string Text(JsonNode node) => ValueParsers.AsText(node);

    /// <summary>A code folded, with spaces, hyphens and underscores equal: "Infection-nosocomiale" = "infection_nosocomiale".</summary>
    private static string Code(string text) => string.Join('_', TextFold.Tokens(text));

    /// <summary>Equal parsed values; when the expected value itself does not parse, equal folded text.</summary>
    private static bool Same<T>(Func<JsonNode?, T?> parse, JsonNode expected, JsonNode got) where T : struct
    {
        var a = parse(expected);
        if (a is null) return TextFold.FoldWords(Text(expected)) == TextFold.FoldWords(Text(got));
        var b = parse(got);
        return b.HasValue && a.Value.Equals(b.Value);
    }
}

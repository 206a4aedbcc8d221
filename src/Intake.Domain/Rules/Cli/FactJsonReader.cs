using System.Globalization;
using System.Text.Json;
using Intake.Domain.Facts;
using Intake.Domain.Fields;

namespace Intake.Domain.Rules.Cli;

/// <summary>Reads one fact value from JSON in the format of docs/fields.md for its key's kind; throws <see cref="RuleInputException"/>.</summary>
internal static class FactJsonReader
{
    public static object Read(FactDefinition def, JsonElement value, string path) => def.Kind switch
    {
        FactKind.Text => Text(value, path),
        FactKind.Code => Checked(def, Text(value, path), path, $"expected one of {string.Join(", ", def.Codes!)}"),
        FactKind.Digits => Checked(def, Text(value, path), path, def.Length is { } n ? $"expected {n} digits" : "expected digits"),
        FactKind.Date => Date(value, path),
        FactKind.Bool => value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new RuleInputException(path, "expected true or false"),
        },
        FactKind.Percent => Percent(value, path),
        FactKind.Decimal => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var m)
            ? m
            : throw new RuleInputException(path, "expected a number"),
        FactKind.Periods => Periods(value, path, rated: false),
        FactKind.RatedPeriods => Periods(value, path, rated: true),
        _ => throw new RuleInputException(path, "unsupported kind"),
    };

    public static DateOnly Date(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String &&
        DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new RuleInputException(path, "expected a date YYYY-MM-DD");

    private static string Text(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String
            ? string.Join(' ', value.GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : throw new RuleInputException(path, "expected a string");

    private static string Checked(FactDefinition def, string text, string path, string expected) =>
        def.AcceptsText(text) ? text : throw new RuleInputException(path, expected);

    private static int Percent(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var m) && m == decimal.Truncate(m) && m is >= 0 and <= 100
            ? (int)m
            : throw new RuleInputException(path, "expected an integer percentage 0-100");

    private static IReadOnlyList<Period> Periods(JsonElement value, string path, bool rated)
    {
        if (value.ValueKind != JsonValueKind.Array) throw new RuleInputException(path, "expected a list of periods");
        var periods = new List<Period>();
        int i = 0;
        foreach (var item in value.EnumerateArray())
        {
            string at = $"{path}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object) throw new RuleInputException(at, "expected {\"debut\": date, \"fin\": date}");
            DateOnly? debut = null, fin = null;
            int? taux = null;
            foreach (var p in item.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "debut": debut = Date(p.Value, $"{at}.debut"); break;
                    case "fin": fin = Date(p.Value, $"{at}.fin"); break;
                    case "taux": taux = Percent(p.Value, $"{at}.taux"); break;
                    default: throw new RuleInputException($"{at}.{p.Name}", "unknown key in a period");
                }
            }
            if (debut is null) throw new RuleInputException($"{at}.debut", "missing");
            if (fin is null) throw new RuleInputException($"{at}.fin", "missing");
            if (fin < debut) throw new RuleInputException($"{at}.fin", "ends before it starts");
            if (rated && taux is null) throw new RuleInputException($"{at}.taux", "missing (a DFT period has a rate)");
            periods.Add(new Period(debut.Value, fin.Value, taux));
        }
        return periods;
    }
}

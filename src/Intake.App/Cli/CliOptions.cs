using System.CommandLine;
using System.Globalization;

namespace Intake.App.Cli;

/// <summary>The typed options the verbs share, built once here so that every verb validates them alike.</summary>
public static class CliOptions
{
    /// <summary>A folder option (made absolute); <paramref name="mustExist"/> refuses a folder that is not there.</summary>
    public static Option<string> Folder(string name, string description, bool required = false, bool mustExist = false)
    {
        var option = new Option<string>(name) { Description = description, Required = required, HelpName = "DIR" };
        if (mustExist)
            option.Validators.Add(r =>
            {
                var value = r.GetValueOrDefault<string>();
                if (value is not null && !Directory.Exists(value)) r.AddError($"{name}: folder not found: {Path.GetFullPath(value)}");
            });
        return option;
    }

    public static Option<string> File(string name, string description, bool required = false) =>
        new(name) { Description = description, Required = required, HelpName = "FILE" };

    /// <summary>A whole number of at least <paramref name="min"/>; a value that is not one is an error (exit 2).</summary>
    public static Option<int> Count(string name, string description, int defaultValue, int min = 1) => new(name)
    {
        Description = $"{description} (default {defaultValue})",
        DefaultValueFactory = _ => defaultValue,
        HelpName = "N",
        CustomParser = r => WholeNumber(r, name, min) ?? defaultValue,
    };

    /// <summary>An optional whole number of at least <paramref name="min"/> (no default).</summary>
    public static Option<int?> OptionalCount(string name, string description, int min = 1) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = r => WholeNumber(r, name, min),
    };

    private static int? WholeNumber(System.CommandLine.Parsing.ArgumentResult r, string name, int min)
    {
        var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            r.AddError($"{name}: expected a whole number, got '{text}'");
        else if (n < min)
            r.AddError($"{name}: must be at least {min}, got {n}");
        else
            return n;
        return null;
    }

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>A calendar date written YYYY-MM-DD.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = r =>
        {
            var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            r.AddError($"{name}: expected a date YYYY-MM-DD, got '{text}'");
            return null;
        },
    };
}

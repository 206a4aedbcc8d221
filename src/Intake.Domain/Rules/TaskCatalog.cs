namespace Intake.Domain.Rules;

/// <summary>One task for the secretariat: its code, French label and meaning.</summary>
public sealed record TaskDefinition(string Code, string Label, string Meaning, string RaisedBy);

/// <summary>The task catalogue (docs/rules.md, "Tasks").</summary>
public static class TaskCatalog
{
    public static readonly IReadOnlyList<TaskDefinition> All =
    [
        new(TaskCodes.NotifyCaisse, "Informer la caisse",
            "notify each social-security fund the victim is affiliated with, so that it can recover its outlay (L376-1)", "R-TP-CAISSE"),
        new(TaskCodes.SignalArs, "Signalement à l'ARS",
            "a nosocomial infection paid by ONIAM is reported to the regional health agency", "R-PAY-NOSO"),
    ];

    private static readonly Dictionary<string, TaskDefinition> ByCode = All.ToDictionary(t => t.Code, StringComparer.Ordinal);

    public static TaskDefinition? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The French label of a task; the code itself for an unknown task.</summary>
    public static string Label(string code) => Find(code)?.Label ?? code;
}

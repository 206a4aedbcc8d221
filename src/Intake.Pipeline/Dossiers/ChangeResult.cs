namespace Intake.Pipeline.Dossiers;

/// <summary>Why a change was refused: the request is invalid, its object does not exist, the actor may not do it, or the object's state forbids it.</summary>
public enum RefusalKind { Invalid, NotFound, Forbidden, Conflict }

/// <summary>A refused change, with a French sentence for the user.</summary>
public sealed record Refusal(RefusalKind Kind, string MessageFr)
{
    public static Refusal Invalid(string messageFr) => new(RefusalKind.Invalid, messageFr);
    public static Refusal NotFound(string messageFr) => new(RefusalKind.NotFound, messageFr);
    public static Refusal Forbidden(string messageFr) => new(RefusalKind.Forbidden, messageFr);
    public static Refusal Conflict(string messageFr) => new(RefusalKind.Conflict, messageFr);
}

/// <summary>The outcome of a change: its value when it was applied (committed), or why it was refused (nothing changed).</summary>
public sealed record ChangeResult<T>(T? Value, Refusal? Refusal)
{
    public bool Ok => Refusal is null;

    public static ChangeResult<T> Done(T value) => new(value, null);
    public static ChangeResult<T> Refused(Refusal refusal) => new(default, refusal);
}

/// <summary>Thrown inside a change's transaction to roll it back with a refusal.</summary>
internal sealed class RefusedException(Refusal refusal) : Exception(refusal.MessageFr)
{
    public Refusal Refusal { get; } = refusal;
}

using Intake.Pipeline.Dossiers;

namespace Intake.App.Web;

/// <summary>The HTTP status of a refused change: 403 for a role that may not, 404 for a missing or foreign object, 409 for a state that forbids it, 422 otherwise.</summary>
public static class Refusals
{
    public static int HttpStatus(this Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}

namespace Intake.App.Web.Auth;

/// <summary>One-time links to choose a password: how long they last, and their address.</summary>
public sealed class PasswordLinks(TimeSpan validFor)
{
    public const string Path = "/mot-de-passe";

    public TimeSpan ValidFor { get; } = validFor;

    public string Url(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}{PathFor(token)}";

    public static string PathFor(string token) => $"{Path}?jeton={Uri.EscapeDataString(token)}";
}

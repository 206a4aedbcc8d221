using System.Net;
using System.Text.RegularExpressions;

namespace Intake.App.Web.Bench;

/// <summary>An HTTP client signed in to the dashboard with a cookie, as a browser would be (anti-forgery token included).</summary>
public sealed partial class WebClientSession : IDisposable
{
    public HttpClient Http { get; }
    public CookieContainer Cookies { get; } = new();

    /// <param name="baseUrl">The dashboard's address.</param>
    /// <param name="clientAddress">When the dashboard trusts this machine as its proxy (INTAKE_TRUSTED_PROXIES), the client address it forwards (X-Forwarded-For).</param>
    public WebClientSession(string baseUrl, string? clientAddress = null)
    {
        Http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        if (clientAddress is not null) Http.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
    }

    /// <summary>Signs in through the login form; throws when the dashboard refuses.</summary>
    public async Task SignInAsync(string user, string password)
    {
        var form = await Http.GetStringAsync("/connexion");
        var response = await PostFormAsync("/connexion", form, new() { ["UserName"] = user, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"login failed: HTTP {(int)response.StatusCode}");
    }

    /// <summary>Posts a form with the anti-forgery token found in <paramref name="pageHtml"/>.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string url, string pageHtml, Dictionary<string, string> fields)
    {
        var token = Token(pageHtml) ?? throw new InvalidOperationException("no anti-forgery token in the page");
        fields["__RequestVerificationToken"] = token;
        return Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static string? Token(string html)
    {
        var m = TokenRegex().Match(html);
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    public void Dispose() => Http.Dispose();
}

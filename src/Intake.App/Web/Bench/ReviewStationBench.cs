using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Intake.App.Web.Bench;

/// <summary>
/// The review station's requests for one dossier, as its script sends them: open the dossier, correct one field
/// (the value clicked on the page), accept the confident values, confirm the decision (with the reason the guard
/// asks for when readings below the threshold stay unchecked), open the next dossier. Each user action of the
/// station is one request here; the browser test (ReviewJourneyTests) counts the clicks and keys themselves.
/// </summary>
public static class ReviewStationBench
{
    public sealed record Step(string Label, List<double> Times);

    public static async Task<IReadOnlyList<Step>> RunAsync(WebClientSession session, IReadOnlyList<long> dossierIds)
    {
        var steps = new[] { "ouvrir le dossier", "corriger un champ", "accepter les valeurs sûres", "confirmer", "dossier suivant" }
            .Select(l => new Step(l, [])).ToArray();
        var total = new Step("dossier complet (5 requêtes)", []);
        session.Http.DefaultRequestHeaders.Remove("X-Intake-Fetch");
        foreach (var id in dossierIds)
        {
            var path = $"/dossiers/{id.ToString(CultureInfo.InvariantCulture)}";
            var all = Stopwatch.StartNew();
            var page = await TimedAsync(steps[0], () => session.Http.GetAsync(path));
            await TimedAsync(steps[1], () => Fetch(session, $"{path}?handler=Correct", page, new() { ["key"] = "prejudice.aipp", ["value"] = "30", ["reason"] = "Lu sur la page 1" }));
            await TimedAsync(steps[2], () => Fetch(session, $"{path}?handler=AcceptConfident", page, new()));
            await TimedAsync(steps[3], () => Fetch(session, $"{path}?handler=Review", page, new() { ["uncheckedReason"] = "banc d'essai" }));
            await TimedAsync(steps[4], () => session.Http.GetAsync($"/dossiers/{(id + 1).ToString(CultureInfo.InvariantCulture)}"));
            total.Times.Add(all.Elapsed.TotalMilliseconds);
        }
        return [.. steps, total];
    }

    private static Task<HttpResponseMessage> Fetch(WebClientSession session, string url, string page, Dictionary<string, string> fields)
    {
        var token = WebClientSession.Token(page) ?? throw new InvalidOperationException("no anti-forgery token on the dossier page");
        fields["__RequestVerificationToken"] = token;
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(Pages.Dossiers.DetailModel.FetchHeader, "1");
        return session.Http.SendAsync(request);
    }

    private static async Task<string> TimedAsync(Step step, Func<Task<HttpResponseMessage>> send)
    {
        var t = Stopwatch.StartNew();
        using var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        step.Times.Add(t.Elapsed.TotalMilliseconds);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{step.Label}: HTTP {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
        return body;
    }
}

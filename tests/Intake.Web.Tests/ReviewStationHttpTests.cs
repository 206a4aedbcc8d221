using System.Net;
using Dapper;
using Intake.App.Web.Auth;
using Intake.App.Web.Review;
using Intake.Domain.Facts;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>
/// The review station over HTTP: a change sent by the page's script gets its refusal as French text (the guard on
/// unchecked low readings included) and nothing changes; codes are shown in French; unknown pages answer in French.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReviewStationHttpTests(WebAppFixture app)
{
    [Fact]
    public async Task Confirming_with_an_unchecked_low_reading_is_refused_in_french_until_a_reason_is_given()
    {
        var dossier = await Seed.ClaimAsync(app.Database.Db, Path.Combine(app.Home, "archive"), "PETIT", "1581175123451", 20, app.Today);
        using var reviewer = await app.SignInAsync(WebAppFixture.UserOfRole[Roles.Reviewer]);
        var path = $"/dossiers/{dossier.DossierId}";
        var (_, page, _) = await WebAppFixture.GetAsync(reviewer, path);
        Assert.Contains("id=\"guard\"", page, StringComparison.Ordinal);
        reviewer.Http.DefaultRequestHeaders.Add("X-Intake-Fetch", "1");
        using var refused = await reviewer.PostFormAsync($"{path}?handler=Review", page, new());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Taux d'atteinte permanente", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var conn = await app.Database.Db.OpenAsync())
            Assert.Equal("pending", await conn.ExecuteScalarAsync<string>("select review_status from dossier where id = @DossierId", dossier));

        using var done = await reviewer.PostFormAsync($"{path}?handler=Review", page, new() { ["uncheckedReason"] = "taux vérifié sur le rapport" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        // The answer is the re-rendered panels, not a page: the bar says the dossier is confirmed.
        var html = await done.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.Contains("id=\"review-status\" data-value=\"confirmed\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_code_of_the_field_catalogue_has_a_french_label_and_reads_back()
    {
        foreach (var def in FactCatalog.All.Where(d => d.Kind == FactKind.Code))
            foreach (var code in def.Codes!)
            {
                var label = FactCodeLabels.Find(def.Key, code);
                Assert.True(label is not null, $"{def.Key}: no label for {code}");
                Assert.Equal(label, FactValueText.Display(def.Key, $"\"{code}\"", showNir: false));
                Assert.Equal(($"\"{code}\"", (string?)null), FactValueText.Parse(def.Key, label));
            }
        Assert.Equal("accident médical", FactValueText.Display("faits.type_dommage", "\"accident_medical\"", false));
        Assert.Equal("carte d'identité", FactValueText.Display("identite.type", "\"cni\"", false));
    }

    [Fact]
    public async Task The_dossier_page_shows_no_internal_code_to_the_reviewer()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        var (_, html, _) = await WebAppFixture.GetAsync(reviewer, $"/dossiers/{app.HttpDossier.DossierId}");
        // What a person reads: the text between the tags (attributes such as data-value keep their codes for scripts).
        var visible = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", " "));
        foreach (var code in new[] { "not_grave", "receipt_date", "rules.md", "accident_medical", "demande_indemnisation", "prejudice.aipp", "victime.nom" })
            Assert.DoesNotContain(code, visible, StringComparison.Ordinal);
        Assert.Contains("accident médical", visible, StringComparison.Ordinal);
        Assert.Contains("1. La victime", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_gravity_ground_of_the_rule_catalogue_has_french_words()
    {
        var grounds = typeof(Intake.Domain.Rules.RuleCatalog).GetFields()
            .Select(f => f.GetValue(null)).OfType<Intake.Domain.Rules.RuleDefinition>()
            .Where(r => r.Kind == Intake.Domain.Rules.RuleKind.Rule && r.Code.StartsWith("R-GRAV-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(grounds);
        foreach (var r in grounds) Assert.NotEqual(r.Code, TrailText.Ground(r.Code));
        Assert.Equal("D1142-1", TrailText.Source("D1142-1; docs/rules.md, definition 4"));
    }

    [Fact]
    public async Task An_unknown_page_answers_in_french()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        var (status, html, _) = await WebAppFixture.GetAsync(reviewer, "/dossiers/987654321");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page introuvable", html, StringComparison.Ordinal);
        var (status2, html2, _) = await WebAppFixture.GetAsync(reviewer, "/nulle-part");
        Assert.Equal(HttpStatusCode.NotFound, status2);
        Assert.Contains("lang=\"fr\"", html2, StringComparison.Ordinal);
    }
}

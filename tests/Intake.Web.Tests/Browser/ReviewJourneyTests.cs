using Dapper;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests.Browser;

/// <summary>
/// The reviewer's day in a real browser: sign in, open the dossier from the queue, correct the AIPP read with
/// low confidence, see the proposed procedure change, confirm the routing, and — as a manager — see the
/// backlog report count it. A reviewer is refused the admin pages.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReviewJourneyTests(WebAppFixture app)
{
    [Fact]
    public async Task A_reviewer_corrects_a_field_sees_the_rules_change_and_confirms_the_routing()
    {
        await using var browser = await Chromium.StartAsync();
        var reviewer = WebAppFixture.UserOfRole[Roles.Reviewer];
        var d = app.BrowserDossier;

        await SignInAsync(browser, reviewer);
        Assert.Equal("/", await browser.EvalStringAsync("location.pathname"));

        // The queue lists the dossier; open it from there.
        await browser.GoToAsync(app.Url + "/revue");
        Assert.Equal("true", await browser.EvalStringAsync($"!!document.querySelector('a.dossier-link[href=\"/dossiers/{d.DossierId}\"]')"));
        await browser.NavigateByAsync($"document.querySelector('a.dossier-link[href=\"/dossiers/{d.DossierId}\"]').click()");
        Assert.Equal($"/dossiers/{d.DossierId}", await browser.EvalStringAsync("location.pathname"));
        Assert.Equal("conciliation", await browser.EvalStringAsync("document.getElementById('procedure').dataset.value"));
        Assert.Equal("not_grave", await browser.EvalStringAsync("document.getElementById('gravity').dataset.value"));
        // The low-confidence AIPP stands out, and its box is drawn on the page image.
        Assert.Equal("true", await browser.EvalStringAsync("document.querySelector('tr.field-row[data-key=\"prejudice.aipp\"]').classList.contains('low')"));
        Assert.Equal("true", await browser.EvalStringAsync("!!document.querySelector('#viewer rect.box.low')"));
        Assert.Equal("200 image/png", await browser.EvalStringAsync(
            "fetch(document.querySelector('#viewer image').getAttribute('href')).then(r => r.status + ' ' + r.headers.get('content-type'))"));
        Assert.Equal("true", await browser.EvalStringAsync(
            "new Promise(r => { const i = new Image(); i.onload = () => r(String(i.naturalWidth > 0)); i.onerror = e => r('error ' + i.src); i.src = document.querySelector('#viewer image').getAttribute('href'); })"));

        // Keyboard: j moves to the first field row, c puts the cursor in its correction box.
        await browser.KeyAsync("j", "KeyJ", 74);
        Assert.Equal("true", await browser.EvalStringAsync("document.activeElement.classList.contains('field-row')"));
        await browser.KeyAsync("c", "KeyC", 67);
        Assert.Equal("value", await browser.EvalStringAsync("document.activeElement.className"));

        // Correct the AIPP: 30 % is above the gravity threshold, so the proposal becomes règlement amiable.
        await browser.NavigateByAsync("""
            (() => {
              const row = document.querySelector('tr.field-row[data-key="prejudice.aipp"]');
              const form = row.querySelector('form.correct-form');
              form.querySelector('input.value').value = '30';
              form.querySelector('input.reason').value = "Taux retenu par le rapport d'expertise";
              form.requestSubmit();
            })()
            """);
        Assert.Equal("reglement_amiable", await browser.EvalStringAsync("document.getElementById('procedure').dataset.value"));
        Assert.Equal("grave", await browser.EvalStringAsync("document.getElementById('gravity').dataset.value"));
        Assert.Contains("30 %", await browser.EvalStringAsync("document.querySelector('td.retained[data-key=\"prejudice.aipp\"]').textContent"), StringComparison.Ordinal);

        // Confirm the (new) pre-routing.
        await browser.NavigateByAsync("document.getElementById('confirm-routing').click()");
        Assert.Equal("confirmed", await browser.EvalStringAsync("document.getElementById('review-status').dataset.value"));

        // A reviewer cannot reach the admin pages.
        await browser.GoToAsync(app.Url + "/admin/utilisateurs");
        Assert.Equal("Accès refusé", await browser.EvalStringAsync("document.querySelector('h1').textContent"));
        await browser.GoToAsync(app.Url + "/admin/journal");
        Assert.Equal("Accès refusé", await browser.EvalStringAsync("document.querySelector('h1').textContent"));

        await using (var conn = await app.Database.Db.OpenAsync())
        {
            var row = await conn.QuerySingleAsync<(string ReviewStatus, string ReviewedBy, string Procedure, string ReviewedProcedure)>(
                "select review_status, reviewed_by, procedure, reviewed_procedure from dossier where id = @id", new { id = d.DossierId });
            Assert.Equal(("confirmed", reviewer, "reglement_amiable", "reglement_amiable"), row);
            var correction = await conn.QuerySingleAsync<(string Old, string New, string Reason)>(
                "select old_value::text, new_value::text, reason from correction where dossier_id = @id and key = 'prejudice.aipp'", new { id = d.DossierId });
            Assert.Equal(("20", "30", "Taux retenu par le rapport d'expertise"), correction);
            Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'correct_field' and target_id = @id", new { id = d.DossierId }));
            Assert.NotNull(await conn.ExecuteScalarAsync<string>("select confirmed_by from document where id = @id", new { id = d.DocumentId }));
        }

        // The manager's report counts the reviewer's confirmation and the correction of the AIPP.
        await browser.GoToAsync(app.Url + "/");
        await browser.NavigateByAsync("document.querySelector('form.logout').requestSubmit()");
        Assert.Equal("/connexion", await browser.EvalStringAsync("location.pathname"));
        await SignInAsync(browser, WebAppFixture.UserOfRole[Roles.Manager]);
        await browser.GoToAsync(app.Url + "/rapports");
        Assert.Equal("1", await browser.EvalStringAsync($"document.querySelector('tr[data-reviewer=\"{reviewer}\"] td.total').textContent"));
        Assert.Equal("true", await browser.EvalStringAsync("!!document.querySelector('#corrections tr[data-key=\"prejudice.aipp\"]')"));
        Assert.Equal("true", await browser.EvalStringAsync("document.querySelectorAll('svg.chart rect.bar').length > 0"));
    }

    private async Task SignInAsync(Chromium browser, string user)
    {
        await browser.GoToAsync(app.Url + "/connexion");
        await browser.NavigateByAsync($$"""
            (() => {
              document.querySelector('input[name="UserName"]').value = '{{user}}';
              document.querySelector('input[name="Password"]').value = '{{WebAppFixture.Password}}';
              document.querySelector('section.login form').requestSubmit();
            })()
            """);
    }
}

using Dapper;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests.Browser;

/// <summary>
/// The reviewer's day in a real browser: sign in, open the dossier from the queue, correct the AIPP read with low
/// confidence by clicking the word on the page, see the proposed procedure change in place (no page load), accept
/// the confident values in one key, confirm with one key and land on the next dossier (fewer than 10 actions), and
/// — as a manager — see the backlog report count it. A reviewer is refused the admin pages.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReviewJourneyTests(WebAppFixture app, Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task A_reviewer_corrects_a_field_sees_the_rules_change_and_confirms_the_routing()
    {
        await using var browser = await Chromium.StartAsync();
        var reviewer = WebAppFixture.UserOfRole[Roles.Reviewer];
        var d = app.BrowserDossier;

        await SignInAsync(browser, reviewer);
        Assert.Equal("/revue", await browser.EvalStringAsync("location.pathname")); // a reviewer starts on the queue

        // The queue lists the dossier; open it from there.
        await browser.GoToAsync(app.Url + "/revue");
        Assert.Equal("true", await browser.EvalStringAsync($"!!document.querySelector('a.dossier-link[href=\"/dossiers/{d.DossierId}\"]')"));
        await browser.NavigateByAsync($"document.querySelector('a.dossier-link[href=\"/dossiers/{d.DossierId}\"]').click()");
        Assert.Equal($"/dossiers/{d.DossierId}", await browser.EvalStringAsync("location.pathname"));
        Assert.Equal("conciliation", await browser.EvalStringAsync("document.getElementById('procedure').dataset.value"));
        Assert.Equal("not_grave", await browser.EvalStringAsync("document.getElementById('gravity').dataset.value"));
        // The station opens on the field to check first (the AIPP, read with low confidence), its box drawn and selected.
        Assert.Equal("prejudice.aipp", await browser.EvalStringAsync("document.querySelector('.field-row.selected').dataset.key"));
        Assert.Equal("true", await browser.EvalStringAsync("document.querySelector('.field-row[data-key=\"prejudice.aipp\"]').classList.contains('low')"));
        Assert.Equal("true", await browser.EvalStringAsync("!!document.querySelector('#viewer rect.box.low.selected')"));
        Assert.Equal("true", await browser.EvalStringAsync(
            "new Promise(r => { const i = new Image(); i.onload = () => r(String(i.naturalWidth > 0)); i.onerror = e => r('error ' + i.src); i.src = document.querySelector('#viewer image').getAttribute('href'); })"));
        var next = await browser.EvalStringAsync("document.getElementById('next-dossier').getAttribute('href')");
        // From here on, no full page load until the decision: the marker set on this document must survive.
        await browser.EvalAsync("window.__station = 'same document'");
        var actions = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew(); // reported, never asserted

        // Keyboard: j / k move between fields; v comes back to the field to check.
        await browser.KeyAsync("j", "KeyJ", 74);
        Assert.Equal("true", await browser.EvalStringAsync("document.activeElement.classList.contains('field-row')"));
        await browser.KeyAsync("v", "KeyV", 86);
        Assert.Equal("prejudice.aipp", await browser.EvalStringAsync("document.activeElement.dataset.key"));

        // Mouse: the page says 30 where 20 was read. A click on the word fills the value (and a reason), a click on Corriger sends it.
        await browser.ClickAsync("#viewer rect.word[data-text=\"30\"]"); actions++;
        Assert.Equal("30", await browser.EvalStringAsync("document.querySelector('.field-row[data-key=\"prejudice.aipp\"] input.value').value"));
        await browser.ClickAsync(".field-row[data-key=\"prejudice.aipp\"] form.correct-form button"); actions++;
        await WaitAsync(browser, "document.getElementById('procedure').dataset.value === 'reglement_amiable'");
        Assert.Equal("same document", await browser.EvalStringAsync("window.__station"));
        Assert.Equal("grave", await browser.EvalStringAsync("document.getElementById('gravity').dataset.value"));
        Assert.Contains("30 %", await browser.EvalStringAsync("document.querySelector('.retained[data-key=\"prejudice.aipp\"]').textContent"), StringComparison.Ordinal);
        // Checked: no more "à vérifier" on it, and the focus stayed on its row.
        Assert.Equal("false", await browser.EvalStringAsync("!!document.querySelector('.field-row[data-key=\"prejudice.aipp\"] .badge')"));
        Assert.Equal("prejudice.aipp", await browser.EvalStringAsync("document.activeElement.closest('.field-row').dataset.key"));

        // A refused correction keeps what was typed and says why, in French.
        await browser.EvalAsync("""
            (() => { const f = document.querySelector('.field-row[data-key="victime.date_naissance"] form.correct-form');
                     f.querySelector('input.value').value = '32/13/1970'; f.querySelector('input.reason').value = 'essai'; f.requestSubmit(); })()
            """);
        await WaitAsync(browser, "!!document.getElementById('action-error')");
        Assert.Contains("JJ/MM/AAAA", await browser.EvalStringAsync("document.getElementById('action-error').textContent"), StringComparison.Ordinal);
        Assert.Equal("32/13/1970", await browser.EvalStringAsync("document.querySelector('.field-row[data-key=\"victime.date_naissance\"] input.value').value"));

        // t accepts every confident value at once; then nothing is left to check.
        await browser.EvalAsync("document.activeElement.blur()");
        await browser.KeyAsync("t", "KeyT", 84); actions++;
        await WaitAsync(browser, "document.querySelectorAll('.field-row[data-check=\"1\"]').length === 0 && !document.getElementById('guard')");
        Assert.Equal("same document", await browser.EvalStringAsync("window.__station"));

        // The help overlay opens with ? and closes with Escape.
        await browser.KeyAsync("?", "Slash", 191);
        Assert.Equal("false", await browser.EvalStringAsync("document.getElementById('aide').hidden"));
        await browser.KeyAsync("Escape", "Escape", 27);
        Assert.Equal("true", await browser.EvalStringAsync("document.getElementById('aide').hidden"));

        // d confirms the decision and lands on the next dossier of the queue.
        await browser.NavigateByAsync("document.dispatchEvent(new KeyboardEvent('keydown', { key: 'd', bubbles: true }))"); actions++;
        Assert.Equal(next, await browser.EvalStringAsync("location.pathname"));
        output.WriteLine($"review station: one field corrected by clicking a word, confident values accepted, decision confirmed: {actions} actions (clicks and keys), "
            + $"{clock.Elapsed.TotalSeconds:0.0} s including this test's own checks");
        Assert.True(actions < 10);

        // A reviewer cannot reach the admin pages.
        await browser.GoToAsync(app.Url + "/admin/utilisateurs");
        Assert.Equal("Accès refusé", await browser.EvalStringAsync("document.querySelector('h1').textContent"));
        await browser.GoToAsync(app.Url + "/admin/journal");
        Assert.Equal("Accès refusé", await browser.EvalStringAsync("document.querySelector('h1').textContent"));

        await using (var conn = await app.Database.Db.OpenAsync())
        {
            Assert.True(await conn.ExecuteScalarAsync<int>("select count(*) from correction where dossier_id = @id and reason = 'Valeur vérifiée par l''instructeur'", new { id = d.DossierId }) > 5);
            var row = await conn.QuerySingleAsync<(string ReviewStatus, string ReviewedBy, string Procedure, string ReviewedProcedure)>(
                "select review_status, reviewed_by, procedure, reviewed_procedure from dossier where id = @id", new { id = d.DossierId });
            Assert.Equal(("confirmed", reviewer, "reglement_amiable", "reglement_amiable"), row);
            var correction = await conn.QuerySingleAsync<(string Old, string New, string Reason)>(
                "select old_value::text, new_value::text, reason from correction where dossier_id = @id and key = 'prejudice.aipp'", new { id = d.DossierId });
            Assert.Equal(("20", "30", "Lu sur la page 1"), correction);
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

    /// <summary>Waits for a condition the page's script brings about (an answer to fetch); no time is asserted.</summary>
    private static async Task WaitAsync(Chromium browser, string condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await browser.EvalStringAsync($"String(!!({condition}))") == "true") return;
            await Task.Delay(50);
        }
        throw new TimeoutException("not reached: " + condition);
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

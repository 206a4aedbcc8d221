using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests.Browser;

/// <summary>
/// The secretariat's unattached mail in a real browser at 1024×768: a letter's type is corrected, and a misread
/// letter is attached to the dossier suggested for it with one click.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MailJourneyTests(WebAppFixture app)
{
    [Fact]
    public async Task A_secretary_fixes_a_letters_type_and_attaches_a_suggested_letter_in_one_click()
    {
        var archive = Path.Combine(app.Home, "archive");
        var dossier = await Seed.ClaimAsync(app.Database.Db, archive, "CHEVALIER", "2711075123456", 20, app.Today);
        var misread = await Seed.UnattachedLetterAsync(app.Database.Db, archive, "CHEVALIEP", app.Today);
        var mistyped = await Seed.UnattachedLetterAsync(app.Database.Db, archive, "MOREL", app.Today);
        await using (var conn = await app.Database.Db.OpenAsync())
            await conn.ExecuteAsync("insert into field (document_id, key, value, confidence, page) values (@DocumentId, 'victime.date_naissance', @birth::jsonb, 0.9, 1)",
                new { misread.DocumentId, birth = JsonSerializer.Serialize("1970-05-12") });

        await using var browser = await Chromium.StartAsync();
        await browser.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = 1024, ["height"] = 768, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        await SignIn.AsAsync(browser, app, WebAppFixture.UserOfRole[Roles.Secretariat]);
        await browser.GoToAsync(app.Url + "/courrier");

        var typeRow = $"tr[data-document=\"{mistyped.DocumentId}\"]";
        await browser.ClickAsync($"{typeRow} details.retype summary");
        await browser.EvalAsync($$"""
            (() => { const f = document.querySelector('{{typeRow}} form.retype-form');
                     f.querySelector('select[name="type"]').value = 'certificat_medical';
                     f.querySelector('input[name="reason"]').value = 'certificat médical, pas un courrier'; })()
            """);
        await browser.NavigateByAsync($"document.querySelector('{typeRow} form.retype-form button').click()");
        Assert.Contains("Type corrigé", await browser.EvalStringAsync("document.querySelector('.notice').textContent"), StringComparison.Ordinal);

        var suggestion = $"tr[data-document=\"{misread.DocumentId}\"] form.suggestion[data-dossier=\"{dossier.DossierId.ToString(CultureInfo.InvariantCulture)}\"] button";
        Assert.Equal("true", await browser.EvalStringAsync($"String(!!document.querySelector('{suggestion.Replace("'", "\\'", StringComparison.Ordinal)}'))"));
        var marker = await browser.EvalStringAsync(Chromium.CenterScript(suggestion));
        Assert.StartsWith("ok ", marker, StringComparison.Ordinal);
        await browser.NavigateByAsync($"document.querySelector('{suggestion.Replace("'", "\\'", StringComparison.Ordinal)}').click()");
        Assert.Contains(dossier.Number, await browser.EvalStringAsync("document.querySelector('.notice').textContent"), StringComparison.Ordinal);

        await using var check = await app.Database.Db.OpenAsync();
        Assert.Equal(dossier.DossierId, await check.ExecuteScalarAsync<long?>("select dossier_id from document where id = @DocumentId", misread));
        Assert.Equal("certificat_medical", await check.ExecuteScalarAsync<string>("select type from document where id = @DocumentId", mistyped));
    }
}

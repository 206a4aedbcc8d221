using System.Text.Json.Nodes;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests.Browser;

/// <summary>
/// The pages this work changed, in a real browser at 1024×768 and 1440×900: in French, nothing wider than the
/// window (no horizontal scrolling, nothing cut off). With INTAKE_SCREENSHOTS=DIR, each view is also saved as a PNG
/// there to be looked at.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LayoutTests(WebAppFixture app)
{
    private static readonly (int Width, int Height)[] Sizes = [(1024, 768), (1440, 900)];

    [Fact]
    public async Task Changed_pages_fit_the_window_at_both_sizes()
    {
        await using var browser = await Chromium.StartAsync();
        var failures = new List<string>();
        var token = await app.Users.IssueLinkAsync(WebAppFixture.UserOfRole[Roles.Manager], resetPassword: false, TimeSpan.FromHours(1), "tests");
        await CheckAsync(browser, "connexion", "/connexion", failures);
        await CheckAsync(browser, "mot-de-passe", "/mot-de-passe?jeton=" + Uri.EscapeDataString(token!), failures);

        await SignInAsync(browser, WebAppFixture.UserOfRole[Roles.Secretariat]);
        await CheckAsync(browser, "fichiers-secretariat", "/", failures);
        await CheckAsync(browser, "courrier", "/courrier?q=CCI_", failures);
        await CheckAsync(browser, "texte-page-secretariat", $"/fichiers/{app.Letter.FileId}/pages/1", failures);
        await SignOutAsync(browser);

        await SignInAsync(browser, WebAppFixture.UserOfRole[Roles.Admin]);
        await browser.GoToAsync(app.Url + "/admin/utilisateurs");
        await browser.NavigateByAsync($$"""
            (() => {
              const f = document.querySelector('form[action*="handler=Create"]');
              f.querySelector('input[name="userName"]').value = '{{WebAppFixture.NewUserName("ecran")}}';
              f.querySelector('input[name="displayName"]').value = 'Compte de démonstration';
              f.requestSubmit();
            })()
            """);
        await CheckAsync(browser, "utilisateurs-lien", null, failures);
        await CheckAsync(browser, "dossier", $"/dossiers/{app.HttpDossier.DossierId}", failures);
        await CheckAsync(browser, "dossier-date-completude", $"/dossiers/{app.HttpDossier.DossierId}#date-completude", failures, wholePage: false);
        await SignOutAsync(browser);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task CheckAsync(Chromium browser, string name, string? path, List<string> failures, bool wholePage = true)
    {
        foreach (var (width, height) in Sizes)
        {
            await browser.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
            if (path is not null)
            {
                var hash = path.IndexOf('#', StringComparison.Ordinal);
                await browser.GoToAsync(app.Url + (hash < 0 ? path : path[..hash]));
                if (hash >= 0) await browser.EvalAsync($"document.getElementById('{path[(hash + 1)..]}').scrollIntoView()");
            }
            var overflow = await browser.EvalStringAsync("String(Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth))");
            if (overflow != "0") failures.Add($"{name} at {width}×{height}: {overflow} px wider than the window");
            var lang = await browser.EvalStringAsync("document.documentElement.lang");
            if (lang != "fr") failures.Add($"{name}: lang={lang}");
            if (Environment.GetEnvironmentVariable("INTAKE_SCREENSHOTS") is { Length: > 0 } dir)
            {
                Directory.CreateDirectory(dir);
                // The whole page, or the window where the address's anchor put it.
                var pageHeight = int.Parse(await browser.EvalStringAsync("String(document.documentElement.scrollHeight)"), System.Globalization.CultureInfo.InvariantCulture);
                var shot = await browser.SendAsync("Page.captureScreenshot", wholePage
                    ? new JsonObject
                    {
                        ["format"] = "png", ["captureBeyondViewport"] = true,
                        ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = width, ["height"] = pageHeight, ["scale"] = 1 },
                    }
                    : new JsonObject { ["format"] = "png" });
                await File.WriteAllBytesAsync(Path.Combine(dir, $"{name}-{width}x{height}.png"), Convert.FromBase64String(shot!["data"]!.GetValue<string>()));
            }
        }
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

    private async Task SignOutAsync(Chromium browser)
    {
        await browser.GoToAsync(app.Url + "/");
        await browser.NavigateByAsync("document.querySelector('form.logout').requestSubmit()");
    }
}

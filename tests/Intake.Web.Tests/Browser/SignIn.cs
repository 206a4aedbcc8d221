using Intake.Web.Tests.Support;

namespace Intake.Web.Tests.Browser;

/// <summary>Signing in through the login form, as a user would.</summary>
public static class SignIn
{
    public static async Task AsAsync(Chromium browser, WebAppFixture app, string user)
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

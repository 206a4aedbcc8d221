using System.Net;
using Intake.App.Web.Auth;
using Intake.App.Web.Mail;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>Searches take what is typed literally; absurd page numbers are no server error.</summary>
[Collection(WebCollection.Name)]
public sealed class SmallerTests(WebAppFixture app)
{
    [Fact]
    public async Task Like_wildcards_typed_in_the_dossier_search_match_only_themselves()
    {
        var secretary = await app.SessionAsync(Roles.Secretariat);
        foreach (var q in new[] { "CCI_", "CCI%", "CCI-%2026" })
        {
            var (_, html, _) = await WebAppFixture.GetAsync(secretary, $"/courrier?q={Uri.EscapeDataString(q)}");
            Assert.DoesNotContain(app.HttpDossier.Number, html, StringComparison.Ordinal);
            Assert.Contains("Aucun dossier trouvé", html, StringComparison.Ordinal);
        }
        var (_, prefix, _) = await WebAppFixture.GetAsync(secretary, $"/courrier?q={app.HttpDossier.Number[..8]}");
        Assert.Contains(app.HttpDossier.Number, prefix, StringComparison.Ordinal);
        Assert.Equal(@"CCI\_1\%\\%", UnattachedMail.LikePrefix(@"CCI_1%\"));
    }

    [Fact]
    public async Task A_huge_page_number_is_no_server_error()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        foreach (var p in new[] { "2147483647", "99999999999999999999", "-5", "abc" })
        {
            var (status, _, _) = await WebAppFixture.GetAsync(reviewer, $"/revue?p={p}");
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"p={p}: {(int)status}");
        }
    }
}

using System.Globalization;
using System.Net;
using Dapper;
using Intake.App.Web.Auth;
using Intake.Domain.Identity;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>The review queue: the claimant's name with the NIR masked, search by name / number / birth date, "assign to me" and one's own view.</summary>
[Collection(WebCollection.Name)]
public sealed class QueueTests(WebAppFixture app)
{
    [Fact]
    public async Task The_queue_names_the_claimant_masks_the_nir_and_finds_by_name_number_part_and_birth_date()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        var (status, html, _) = await WebAppFixture.GetAsync(reviewer, "/revue");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("MARTIN Marie", html, StringComparison.Ordinal);
        Assert.DoesNotContain(app.HttpDossier.Nir, html, StringComparison.Ordinal);
        Assert.Contains(Nir.Mask(app.HttpDossier.Nir), html, StringComparison.Ordinal);

        var (_, byName, _) = await WebAppFixture.GetAsync(reviewer, "/revue?q=mart");
        Assert.Contains(app.HttpDossier.Number, byName, StringComparison.Ordinal);
        Assert.DoesNotContain(app.OtherDossier.Number, byName, StringComparison.Ordinal);

        var digits = app.HttpDossier.Number[^6..];
        var (_, byNumber, _) = await WebAppFixture.GetAsync(reviewer, $"/revue?q={digits}");
        Assert.Contains(app.HttpDossier.Number, byNumber, StringComparison.Ordinal);
        Assert.DoesNotContain(app.OtherDossier.Number, byNumber, StringComparison.Ordinal);

        var (_, byBirth, _) = await WebAppFixture.GetAsync(reviewer, "/revue?q=" + Uri.EscapeDataString("12/05/1970"));
        Assert.Contains(app.HttpDossier.Number, byBirth, StringComparison.Ordinal);
        var (_, wrongBirth, _) = await WebAppFixture.GetAsync(reviewer, "/revue?q=" + Uri.EscapeDataString("13/05/1970"));
        Assert.DoesNotContain(app.HttpDossier.Number, wrongBirth, StringComparison.Ordinal);

        var (sortedStatus, _, _) = await WebAppFixture.GetAsync(reviewer, "/revue?tri=nom");
        Assert.Equal(HttpStatusCode.OK, sortedStatus);
    }

    [Fact]
    public async Task A_reviewer_assigns_a_dossier_to_themselves_and_finds_it_in_their_own_view()
    {
        var dossier = await Seed.ClaimAsync(app.Database.Db, Path.Combine(app.Home, "archive"), "LAMBERT", "1620675123452", 20, app.Today);
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        var (_, page, _) = await WebAppFixture.GetAsync(reviewer, "/revue");
        using var response = await reviewer.PostFormAsync("/revue?handler=Assign", page, new()
        {
            ["dossierId"] = dossier.DossierId.ToString(CultureInfo.InvariantCulture), ["take"] = "true", ["back"] = "?tri=numero",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/revue?tri=numero", response.Headers.Location?.ToString());
        await using (var conn = await app.Database.Db.OpenAsync())
            Assert.Equal(WebAppFixture.UserOfRole[Roles.Reviewer], await conn.ExecuteScalarAsync<string>("select assigned_to from dossier where id = @DossierId", dossier));

        var (_, mine, _) = await WebAppFixture.GetAsync(reviewer, "/revue?mes=true");
        Assert.Contains(dossier.Number, mine, StringComparison.Ordinal);
        Assert.DoesNotContain(app.OtherDossier.Number, mine, StringComparison.Ordinal);
    }
}

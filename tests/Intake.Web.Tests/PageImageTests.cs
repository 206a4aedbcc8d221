using System.Net;
using Dapper;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>Page images: rendered once (cached), audited once per file and session, rate-limited per user.</summary>
[Collection(WebCollection.Name)]
public sealed class PageImageTests(WebAppFixture app)
{
    [Fact]
    public async Task A_page_image_is_rendered_once_and_audited_once_per_file_and_session()
    {
        var user = WebAppFixture.NewUserName("img");
        await app.CreateUserAsync(user, Roles.Reviewer);
        using var session = await app.SignInAsync(user);
        var file = app.BrowserDossier.FileId;
        var cached = Path.Combine(app.Home, "page-images", (file % 1000).ToString("D3"), file.ToString(), "2-1000.png");
        Assert.False(File.Exists(cached));
        using (var first = await session.Http.GetAsync($"/fichiers/{file}/pages/2/image?w=1000"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(await File.ReadAllBytesAsync(cached), await first.Content.ReadAsByteArrayAsync());
        }
        var renderedAt = File.GetLastWriteTimeUtc(cached);
        await Task.Delay(50);
        foreach (var path in new[] { "/pages/2/image?w=1000", "/pages/1/image?w=160", "/pages/2/image?w=800" })
            using (var again = await session.Http.GetAsync($"/fichiers/{file}{path}"))
                Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(renderedAt, File.GetLastWriteTimeUtc(cached)); // served from the cache, not rendered again
        await using var conn = await app.Database.Db.OpenAsync();
        const string count = "select count(*) from audit_event where action = 'view_page_image' and user_name = @user and target_id = @file";
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>(count, new { user, file }));
        // A new session of the same user is audited again.
        using var second = await app.SignInAsync(user);
        using (await second.Http.GetAsync($"/fichiers/{file}/pages/1/image?w=160")) { }
        Assert.Equal(2, await conn.ExecuteScalarAsync<int>(count, new { user, file }));
    }

    [Fact]
    public async Task Walking_page_images_is_rate_limited_per_user()
    {
        var user = WebAppFixture.NewUserName("walk");
        await app.CreateUserAsync(user, Roles.Reviewer);
        using var walker = await app.SignInAsync(user);
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i <= WebAppFixture.PageImagesPerMinute; i++)
        {
            using var r = await walker.Http.GetAsync($"/fichiers/{app.HttpDossier.FileId}/pages/1/image?w=160");
            statuses.Add(r.StatusCode);
        }
        Assert.Equal(WebAppFixture.PageImagesPerMinute, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        // Another user is not slowed down.
        using var other = await app.SignInAsync(WebAppFixture.UserOfRole[Roles.Admin]);
        using var fine = await other.Http.GetAsync($"/fichiers/{app.HttpDossier.FileId}/pages/1/image?w=160");
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }
}

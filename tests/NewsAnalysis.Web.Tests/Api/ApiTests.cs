using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Jobs;
using NewsAnalysis.Web.Seeding;

namespace NewsAnalysis.Web.Tests.Api;

public sealed class ApiTests(WebFixture web) : WebTest(web)
{
    private async Task<(long ArticleId, long ClaimId)> DemoAsync()
    {
        await using var db = Web.Database.CreateContext();
        var claim = await db.Claims.OrderBy(c => c.Start).FirstAsync();
        return (claim.ArticleId, claim.Id);
    }

    [Fact]
    public async Task A_script_logs_in_lists_searches_and_reads_an_article_with_its_analysis()
    {
        var (articleId, _) = await DemoAsync();
        var client = await ApiClient.LogInAsync(Web.Factory, "journalist@newsanalysis.local", Password);

        using var list = await ApiClient.JsonAsync(await client.GetAsync(new Uri("/api/articles", UriKind.Relative)));
        Assert.Equal(1, list.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(DemoSeed.DemoArticleTitle, list.RootElement.GetProperty("items")[0].GetProperty("title").GetString());

        using var hit = await ApiClient.JsonAsync(await client.GetAsync(new Uri("/api/articles?q=netanyahu", UriKind.Relative)));
        Assert.Equal(1, hit.RootElement.GetProperty("total").GetInt32());
        using var miss = await ApiClient.JsonAsync(await client.GetAsync(new Uri("/api/articles?q=zzzqqq", UriKind.Relative)));
        Assert.Equal(0, miss.RootElement.GetProperty("total").GetInt32());

        using var article = await ApiClient.JsonAsync(await client.GetAsync(new Uri($"/api/articles/{articleId}", UriKind.Relative)));
        var body = article.RootElement.GetProperty("body").GetString()!;
        var claims = article.RootElement.GetProperty("analysis").GetProperty("claims");
        Assert.True(claims.GetArrayLength() > 0);
        foreach (var claim in claims.EnumerateArray())
        {
            var start = claim.GetProperty("start").GetInt32();
            var end = claim.GetProperty("end").GetInt32();
            Assert.Equal(claim.GetProperty("text").GetString(), body[start..end]);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/articles/999999", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_editor_flags_through_the_api_and_a_stale_version_is_reported_as_a_conflict()
    {
        var (articleId, claimId) = await DemoAsync();
        var editor = await ApiClient.LogInAsync(Web.Factory, "editor@newsanalysis.local", Password);
        using var article = await ApiClient.JsonAsync(await editor.GetAsync(new Uri($"/api/articles/{articleId}", UriKind.Relative)));
        var version = article.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("claimId").GetInt64() == claimId).GetProperty("version").GetUInt32();

        var first = await editor.PostAsJsonAsync(new Uri($"/api/claims/{claimId}/flags", UriKind.Relative),
            new { status = "needs_checking", note = "ask the ministry", evidence = new[] { "https://example.org/a" }, version });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var firstBody = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.False(firstBody.RootElement.GetProperty("conflict").GetBoolean());

        var stale = await editor.PostAsJsonAsync(new Uri($"/api/claims/{claimId}/flags", UriKind.Relative), new { status = "verified", version });
        Assert.Equal(HttpStatusCode.Created, stale.StatusCode);
        using var staleBody = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        Assert.True(staleBody.RootElement.GetProperty("conflict").GetBoolean());

        var bad = await editor.PostAsJsonAsync(new Uri($"/api/claims/{claimId}/flags", UriKind.Relative), new { status = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        using var history = await ApiClient.JsonAsync(await editor.GetAsync(new Uri($"/api/claims/{claimId}/flags", UriKind.Relative)));
        Assert.Equal(["verified", "needs_checking"], history.RootElement.EnumerateArray().Select(f => f.GetProperty("status").GetString()));

        var journalist = await ApiClient.LogInAsync(Web.Factory, "journalist@newsanalysis.local", Password);
        var denied = await journalist.PostAsJsonAsync(new Uri($"/api/claims/{claimId}/flags", UriKind.Relative), new { status = "false" });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task An_admin_imports_through_the_api_and_follows_the_batch()
    {
        var admin = await ApiClient.LogInAsync(Web.Factory, "admin@newsanalysis.local", Password);
        var response = await admin.PostAsJsonAsync(new Uri("/api/imports", UriKind.Relative),
            new { title = "Port strike", text = "Dock workers walked out on Friday, the union said.", source = "Wire" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;

        using var files = new MultipartFormDataContent();
        files.Add(new ByteArrayContent("Rail fares up\n\nFares rise 5% in March, the operator said."u8.ToArray()), "files", "fares.txt");
        files.Add(new ByteArrayContent([]), "files", "empty.txt");
        var upload = await admin.PostAsync(new Uri("/api/imports/files", UriKind.Relative), files);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);

        var worker = Web.Factory.Services.GetRequiredService<JobWorker>();
        while (await worker.RunNextAsync(CancellationToken.None))
        {
        }

        using var batch = await ApiClient.JsonAsync(await admin.GetAsync(new Uri(location, UriKind.Relative)));
        Assert.Equal("completed", batch.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, batch.RootElement.GetProperty("imported").GetInt32());
        using var uploaded = await ApiClient.JsonAsync(await admin.GetAsync(upload.Headers.Location!));
        Assert.Equal(1, uploaded.RootElement.GetProperty("imported").GetInt32());
        Assert.Equal(1, uploaded.RootElement.GetProperty("failed").GetInt32());
        Assert.Equal("empty file", uploaded.RootElement.GetProperty("items")[0].GetProperty("error").GetString());

        var editor = await ApiClient.LogInAsync(Web.Factory, "editor@newsanalysis.local", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync(new Uri("/api/imports", UriKind.Relative), new { title = "x", text = "y" })).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_and_a_cookie_cannot_post()
    {
        var (_, claimId) = await DemoAsync();
        var anonymous = LoggedInClient.Anonymous(Web.Factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/articles", UriKind.Relative))).StatusCode);

        // A signed-in browser may read the API (export links) but cannot be made to post to it by another site.
        var browser = await LoggedInClient.LogInAsync(Web.Factory, "editor@newsanalysis.local", Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/api/articles", UriKind.Relative))).StatusCode);
        var post = await browser.PostAsJsonAsync(new Uri($"/api/claims/{claimId}/flags", UriKind.Relative), new { status = "false" });
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        await using var db = Web.Database.CreateContext();
        Assert.Equal(0, await db.Flags.CountAsync());
    }

    [Fact]
    public async Task A_wrong_password_gets_no_token_and_a_disabled_users_token_stops_working()
    {
        var client = Web.Factory.CreateClient();
        var wrong = await client.PostAsJsonAsync(new Uri("/api/login", UriKind.Relative), new { email = "editor@newsanalysis.local", password = "nope-nope-nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        var editor = await ApiClient.LogInAsync(Web.Factory, "editor@newsanalysis.local", Password);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri("/api/articles", UriKind.Relative))).StatusCode);
        await using (var scope = Web.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<NewsAnalysis.Data.Users.AppUser>>();
            var admin = await users.FindByEmailAsync("admin@newsanalysis.local");
            var target = await users.FindByEmailAsync("editor@newsanalysis.local");
            var problems = await scope.ServiceProvider.GetRequiredService<NewsAnalysis.Web.Users.UserAdministration>().SetDisabledAsync(target!.Id, true, admin!.Id);
            Assert.Empty(problems);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await editor.GetAsync(new Uri("/api/articles", UriKind.Relative))).StatusCode);
        var again = await client.PostAsJsonAsync(new Uri("/api/login", UriKind.Relative), new { email = "editor@newsanalysis.local", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_endpoints()
    {
        var response = await LoggedInClient.Anonymous(Web.Factory).GetAsync(new Uri("/api/openapi/v1.json", UriKind.Relative));
        using var document = await ApiClient.JsonAsync(response);
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/login", paths);
        Assert.Contains("/api/articles", paths);
        Assert.Contains("/api/articles/{id}", paths);
        Assert.Contains("/api/claims/{id}/flags", paths);
        Assert.Contains("/api/imports", paths);
        Assert.Contains("/api/articles/{id}/export/claims.csv", paths);
    }
}

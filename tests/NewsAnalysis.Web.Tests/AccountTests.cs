using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Data.Users;
using NewsAnalysis.TestSupport;
using static NewsAnalysis.TestSupport.LoggedInClient;

namespace NewsAnalysis.Web.Tests;

public sealed class AccountTests(WebFixture web) : WebTest(web)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Articles")]
    [InlineData("/Admin")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string url)
    {
        var response = await Anonymous(Web.Factory).GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_anonymous_and_checks_the_database()
    {
        var response = await Anonymous(Web.Factory).GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_journalist_logs_in_and_sees_the_demo_article()
    {
        var client = await LogInAsync(Web.Factory, "journalist@newsanalysis.local", Password);
        var list = await GetDocumentAsync(client, "/Articles");
        var link = list.QuerySelectorAll(".article-hit .title a").Single(a => a.TextContent == Seeding.DemoSeed.DemoArticleTitle);
        Assert.Contains("journalist@newsanalysis.local", list.QuerySelector(".who")!.TextContent, StringComparison.Ordinal);

        var details = await GetDocumentAsync(client, link.GetAttribute("href")!);
        Assert.Equal(Seeding.DemoSeed.DemoArticleTitle, details.QuerySelector("h1")!.TextContent);
        Assert.Contains("Benjamin Netanyahu", details.QuerySelector(".article-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_stays_on_the_login_page_with_a_message()
    {
        var response = await PostFormAsync(Anonymous(Web.Factory), "/Account/Login", new Dictionary<string, string>
        {
            ["Email"] = "journalist@newsanalysis.local",
            ["Password"] = "not the password",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("Wrong email or password", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_without_the_antiforgery_token_is_rejected()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "admin@newsanalysis.local",
            ["Password"] = Password,
        });
        var response = await Anonymous(Web.Factory).PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("journalist@newsanalysis.local", HttpStatusCode.Redirect)]
    [InlineData("editor@newsanalysis.local", HttpStatusCode.Redirect)]
    [InlineData("admin@newsanalysis.local", HttpStatusCode.OK)]
    public async Task Only_admins_reach_the_admin_pages(string email, HttpStatusCode expected)
    {
        var client = await LogInAsync(Web.Factory, email, Password);
        var response = await client.GetAsync(new Uri("/Admin", UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.Equal("/Account/AccessDenied", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task A_signed_in_user_without_a_role_sees_no_page()
    {
        await using (var scope = Web.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var result = await users.CreateAsync(new AppUser { UserName = "nobody@paper.example", Email = "nobody@paper.example" }, Password);
            Assert.True(result.Succeeded);
        }

        var client = await LogInAsync(Web.Factory, "nobody@paper.example", Password);
        var response = await client.GetAsync(new Uri("/Articles", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/AccessDenied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var client = await LogInAsync(Web.Factory, "editor@newsanalysis.local", Password);
        var articles = await GetDocumentAsync(client, "/Articles");
        var token = articles.QuerySelector("form.signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var logout = await client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        var after = await client.GetAsync(new Uri("/Articles", UriKind.Relative));
        Assert.Equal("/Account/Login", after.Headers.Location!.AbsolutePath);
    }
}

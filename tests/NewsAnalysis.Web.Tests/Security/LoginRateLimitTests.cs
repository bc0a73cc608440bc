using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Web.Tests.Security;

public sealed class LoginRateLimitTests(WebFixture web) : WebTest(web)
{
    [Fact]
    public async Task Repeated_logins_for_one_account_are_refused_with_429_while_another_account_still_gets_in()
    {
        await using var limited = Web.Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:LoginPerAccountPerMinute", "3"));
        var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await client.PostAsJsonAsync(new Uri("/api/login", UriKind.Relative), new { email = "editor@newsanalysis.local", password = "wrong-password-" + i });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var other = await client.PostAsJsonAsync(new Uri("/api/login", UriKind.Relative), new { email = "journalist@newsanalysis.local", password = Password });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        // The login form counts towards the same account's limit.
        var page = await LoggedInClient.PostFormAsync(LoggedInClient.Anonymous(limited), "/Account/Login", new Dictionary<string, string>
        {
            ["Email"] = "editor@newsanalysis.local",
            ["Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
    }
}

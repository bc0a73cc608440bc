using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data.Imports;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Tests.Api;

namespace NewsAnalysis.Web.Tests.Security;

/// <summary>
/// Every page and endpoint against every role. Page POSTs are sent without an antiforgery token: a role that may post
/// gets 400 (the token is checked on every form), the others are turned away before that.
/// </summary>
public sealed class RoleMatrixTests(WebFixture web) : WebTest(web)
{
    public enum Role { Anonymous, Journalist, Editor, Admin }

    // Allowed -> status; L = redirect to login, D = redirect to access denied.
    private const int L = -1;
    private const int D = -2;

    public static TheoryData<string, string, int, int, int, int> Matrix => new()
    {
        // url, method, anonymous, journalist, editor, admin
        { "/", "GET", L, 302, 302, 302 },
        { "/Articles", "GET", L, 200, 200, 200 },
        { "/Articles/{article}", "GET", L, 200, 200, 200 },
        { "/Search", "GET", L, 200, 200, 200 },
        { "/Actors", "GET", L, 200, 200, 200 },
        { "/Figures", "GET", L, 200, 200, 200 },
        { "/Claims/{claim}", "GET", L, 200, 200, 200 },
        { "/Claims/{claim}/Flag", "GET", L, D, 200, 200 },
        { "/Claims/{claim}/Flag", "POST", L, D, 400, 400 },
        { "/Claims/{claim}/Correct", "GET", L, D, 200, 200 },
        { "/Claims/{claim}/Correct?handler=Kind", "POST", L, D, 400, 400 },
        { "/Claims/Add/{article}", "GET", L, D, 200, 200 },
        { "/Claims/Add/{article}", "POST", L, D, 400, 400 },
        { "/Claims/Queue", "GET", L, D, 200, 200 },
        { "/Corrections/Actors", "GET", L, D, 200, 200 },
        { "/Corrections/Actors?handler=Merge", "POST", L, D, 400, 400 },
        { "/Admin", "GET", L, D, D, 200 },
        { "/Admin/Imports", "GET", L, D, D, 200 },
        { "/Admin/Imports?handler=Paste", "POST", L, D, D, 400 },
        { "/Admin/Imports/{batch}", "GET", L, D, D, 200 },
        { "/Admin/Users", "GET", L, D, D, 200 },
        { "/Admin/Users?handler=Add", "POST", L, D, D, 400 },
        { "/api/openapi/v1.json", "GET", 200, 200, 200, 200 },
        { "/api/articles", "GET", 401, 200, 200, 200 },
        { "/api/articles/{article}", "GET", 401, 200, 200, 200 },
        { "/api/articles/{article}/export/analysis.json", "GET", 401, 200, 200, 200 },
        { "/api/articles/{article}/export/annotations.jsonld", "GET", 401, 200, 200, 200 },
        { "/api/articles/{article}/export/claimreview.jsonld", "GET", 401, 200, 200, 200 },
        { "/api/articles/{article}/export/claims.csv", "GET", 401, 200, 200, 200 },
        { "/api/claims/{claim}/flags", "GET", 401, 200, 200, 200 },
        { "/api/claims/{claim}/flags", "POST", 401, 403, 201, 201 },
        { "/api/imports", "POST", 401, 403, 403, 202 },
        { "/api/imports/{batch}", "GET", 401, 403, 403, 200 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_what_it_may(string url, string method, int anonymous, int journalist, int editor, int admin)
    {
        var expected = new Dictionary<Role, int> { [Role.Anonymous] = anonymous, [Role.Journalist] = journalist, [Role.Editor] = editor, [Role.Admin] = admin };
        var target = await ResolveAsync(url);
        var failures = new List<string>();
        foreach (var (role, want) in expected)
        {
            var client = await ClientAsync(role, target);
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(target, UriKind.Relative));
            if (method == "POST")
            {
                request.Content = target.StartsWith("/api/", StringComparison.Ordinal)
                    ? JsonContent.Create(new { status = "needs_checking", title = "Matrix", text = "The matrix said so." })
                    : new FormUrlEncodedContent(new Dictionary<string, string> { ["Status"] = "verified" });
            }

            var response = await client.SendAsync(request);
            var got = (int)response.StatusCode;
            var ok = want switch
            {
                L => got == 302 && response.Headers.Location!.AbsolutePath == "/Account/Login",
                D => got == 302 && response.Headers.Location!.AbsolutePath == "/Account/AccessDenied",
                _ => got == want,
            };
            if (!ok)
            {
                failures.Add($"{role}: expected {want}, got {got} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, $"{method} {target}: " + string.Join("; ", failures));
    }

    private async Task<string> ResolveAsync(string url)
    {
        await using var db = Web.Database.CreateContext();
        var claim = await db.Claims.OrderBy(c => c.Start).FirstAsync();
        var batch = await db.ImportBatches.OrderBy(b => b.Id).FirstAsync();
        return url
            .Replace("{article}", claim.ArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{claim}", claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{batch}", batch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private async Task<HttpClient> ClientAsync(Role role, string target)
    {
        if (role == Role.Anonymous)
        {
            return LoggedInClient.Anonymous(Web.Factory);
        }

        var email = role.ToString().ToLowerInvariant() + "@newsanalysis.local";
        // Scripts use bearer tokens; pages use the login cookie.
        return target.StartsWith("/api/", StringComparison.Ordinal)
            ? await ApiClient.LogInAsync(Web.Factory, email, Password)
            : await LoggedInClient.LogInAsync(Web.Factory, email, Password);
    }
}

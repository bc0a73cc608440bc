using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsAnalysis.TestSupport;

/// <summary>Drives the app as a browser does: cookies kept, no automatic redirects, forms posted with their antiforgery token.</summary>
public static class LoggedInClient
{
    public static HttpClient Anonymous(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Logs in through the login form; throws when the app does not redirect away from it.</summary>
    public static async Task<HttpClient> LogInAsync(WebApplicationFactory<Program> factory, string email, string password)
    {
        var client = Anonymous(factory);
        var response = await PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login as {email} failed: {response.StatusCode}");
        }

        return client;
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>GETs the page, fills its first form's fields with <paramref name="fields"/> and posts it with the antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IReadOnlyDictionary<string, string> fields)
    {
        var page = await GetDocumentAsync(client, url);
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector("[name=__RequestVerificationToken]") is not null && !(f.Action ?? "").Contains("Logout", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"{url} has no form with an antiforgery token.");
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type != "submit")
            .GroupBy(i => i.Name!)
            .ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}

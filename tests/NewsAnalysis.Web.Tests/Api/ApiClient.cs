using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsAnalysis.Web.Tests.Api;

/// <summary>A script's view of the API: log in at /api/login, then send the bearer token.</summary>
public static class ApiClient
{
    public static async Task<HttpClient> LogInAsync(WebApplicationFactory<Program> factory, string email, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.PostAsJsonAsync(new Uri("/api/login", UriKind.Relative), new { email, password });
        response.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", token.RootElement.GetProperty("tokenType").GetString());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public static async Task<JsonDocument> JsonAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

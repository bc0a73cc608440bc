using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Claims;
using NewsAnalysis.Web.Exports;
using Microsoft.Extensions.DependencyInjection;

namespace NewsAnalysis.Web.Tests.Api;

public sealed class ExportTests(WebFixture web) : WebTest(web)
{
    private async Task<(long ArticleId, string Body, long ClaimId)> FlaggedDemoAsync()
    {
        await using var db = Web.Database.CreateContext();
        var claim = await db.Claims.Include(c => c.Article).OrderBy(c => c.Start).FirstAsync();
        var editor = await db.Users.SingleAsync(u => u.Email == "editor@newsanalysis.local");
        await using (var scope = Web.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClaimFlagging>().FlagAsync(
                claim.Id, new FlagRequest(FlagStatus.False, "=HYPERLINK(\"http://evil\")", ["https://example.org/record"]), editor.Id);
        }

        return (claim.ArticleId, claim.Article.Body, claim.Id);
    }

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        var client = await ApiClient.LogInAsync(Web.Factory, "journalist@newsanalysis.local", Password);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    [Fact]
    public async Task The_analysis_export_is_the_engine_contract_with_exact_spans()
    {
        var (articleId, body, _) = await FlaggedDemoAsync();
        var response = await GetAsync($"/api/articles/{articleId}/export/analysis.json");
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Analysis.ArticleAnalyzer.Version, json.RootElement.GetProperty("analyzer").GetString());
        Assert.True(json.RootElement.GetProperty("sentences").GetArrayLength() > 0);
        foreach (var list in new[] { "claims", "figures" })
        {
            foreach (var item in json.RootElement.GetProperty(list).EnumerateArray())
            {
                Assert.Equal(item.GetProperty("text").GetString(), body[item.GetProperty("start").GetInt32()..item.GetProperty("end").GetInt32()]);
            }
        }

        var expected = Analysis.ArticleAnalyzer.Default.Analyze(body);
        Assert.Equal(expected.Claims.Select(c => c.Text), json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Web_annotations_select_exactly_the_text_they_quote()
    {
        var (articleId, body, _) = await FlaggedDemoAsync();
        var response = await GetAsync($"/api/articles/{articleId}/export/annotations.jsonld");
        Assert.StartsWith("application/ld+json", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", json.RootElement.GetProperty("@context").GetString());
        var items = json.RootElement.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(json.RootElement.GetProperty("total").GetInt32(), items.Count);
        // Positions count code points: map them back to UTF-16 to compare with the body.
        var codePointStarts = new List<int>();
        for (var i = 0; i < body.Length; i += char.IsSurrogatePair(body, i) ? 2 : 1)
        {
            codePointStarts.Add(i);
        }

        codePointStarts.Add(body.Length);
        Assert.Contains(items, i => i.GetProperty("body").EnumerateArray().Any(b => b.GetProperty("value").GetString() == "flag: false"));
        foreach (var item in items)
        {
            Assert.Equal("Annotation", item.GetProperty("type").GetString());
            var selectors = item.GetProperty("target").GetProperty("selector").EnumerateArray().ToList();
            var quote = selectors.Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector");
            var position = selectors.Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
            var start = codePointStarts[position.GetProperty("start").GetInt32()];
            var end = codePointStarts[position.GetProperty("end").GetInt32()];
            var exact = quote.GetProperty("exact").GetString()!;
            Assert.Equal(exact, body[start..end]);
            Assert.EndsWith(quote.GetProperty("prefix").GetString()!, body[..start], StringComparison.Ordinal);
            Assert.StartsWith(quote.GetProperty("suffix").GetString()!, body[end..], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Positions_count_code_points_not_utf16_units()
    {
        const string text = "a😀b";
        Assert.Equal(2, NewsAnalysis.Analysis.Text.CodePoints.Before(text, 3));
        Assert.Equal(1, NewsAnalysis.Analysis.Text.CodePoints.Before(text, 1));
    }

    [Fact]
    public async Task Flagged_claims_export_as_claim_reviews()
    {
        var (articleId, _, claimId) = await FlaggedDemoAsync();
        var response = await GetAsync($"/api/articles/{articleId}/export/claimreview.jsonld");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        var review = Assert.Single(json.RootElement.GetProperty("@graph").EnumerateArray());
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        await using var db = Web.Database.CreateContext();
        Assert.Equal((await db.Claims.SingleAsync(c => c.Id == claimId)).Text, review.GetProperty("claimReviewed").GetString());
        Assert.Equal("false", review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal(1, review.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
        Assert.Equal("NewsArticle", review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("@type").GetString());
        Assert.Equal("https://example.org/record", review.GetProperty("citation")[0].GetString());
    }

    [Fact]
    public async Task Claims_export_as_csv_that_parses_back_with_formulas_escaped()
    {
        var (articleId, body, claimId) = await FlaggedDemoAsync();
        var response = await GetAsync($"/api/articles/{articleId}/export/claims.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        await using var reader = CsvReader.FromText(csv);
        await reader.ReadHeaderAsync();
        Assert.Equal(ClaimsCsvExport.Header, reader.Headers);
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            var start = int.Parse(reader.GetString("start"), CultureInfo.InvariantCulture);
            var end = int.Parse(reader.GetString("end"), CultureInfo.InvariantCulture);
            Assert.Equal(body[start..end], reader.GetString("text"));
            if (long.Parse(reader.GetString("claim_id"), CultureInfo.InvariantCulture) == claimId)
            {
                Assert.Equal("false", reader.GetString("flag_status"));
            }
        }

        await using var db = Web.Database.CreateContext();
        Assert.Equal(await db.Claims.CountAsync(c => c.ArticleId == articleId), rows);
    }
}

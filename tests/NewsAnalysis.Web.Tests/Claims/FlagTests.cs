using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.TestSupport;
using static NewsAnalysis.TestSupport.LoggedInClient;

namespace NewsAnalysis.Web.Tests.Claims;

public sealed class FlagTests(WebFixture web) : WebTest(web)
{
    private const string Editor = "editor@newsanalysis.local";
    private const string Admin = "admin@newsanalysis.local";
    private const string Journalist = "journalist@newsanalysis.local";

    private async Task<long> FirstClaimAsync()
    {
        await using var db = Web.Database.CreateContext();
        return await db.Claims.OrderBy(c => c.Start).Select(c => c.Id).FirstAsync();
    }

    private static Dictionary<string, string> Flag(string status, string note = "", string evidence = "") =>
        new() { ["Status"] = status, ["Note"] = note, ["Evidence"] = evidence };

    [Fact]
    public async Task An_editor_flags_a_claim_and_a_journalist_sees_the_status_and_history()
    {
        var claimId = await FirstClaimAsync();
        var editor = await LogInAsync(Web.Factory, Editor, Password);
        var response = await Forms.PostAsync(editor, $"/Claims/{claimId}/Flag", "form[method=post]:not(.signout)",
            Flag("disputed", "Figures differ from the ministry's.", "https://example.org/ministry\nhttps://example.org/report"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Claims/{claimId}", response.Headers.Location!.OriginalString);

        var journalist = await LogInAsync(Web.Factory, Journalist, Password);
        var page = await GetDocumentAsync(journalist, $"/Claims/{claimId}");
        Assert.Equal("disputed", page.QuerySelector(".claim-facts .flag-status")!.TextContent.Trim());
        var entry = page.QuerySelector(".flag-history > li")!;
        Assert.Contains("Demo Editor", entry.QuerySelector(".flag-by")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Figures differ from the ministry's.", entry.QuerySelector(".flag-note")!.TextContent);
        Assert.Equal(["https://example.org/ministry", "https://example.org/report"], entry.QuerySelectorAll(".flag-evidence a").Select(a => a.GetAttribute("href")!));
        Assert.Null(page.QuerySelector("a[href$='/Flag']"));

        await using var db = Web.Database.CreateContext();
        var claim = await db.Claims.SingleAsync(c => c.Id == claimId);
        Assert.Equal(FlagStatus.Disputed, claim.FlagStatus);
    }

    [Fact]
    public async Task Two_editors_at_once_both_land_in_the_history_and_the_later_is_told()
    {
        var claimId = await FirstClaimAsync();
        var editor = await LogInAsync(Web.Factory, Editor, Password);
        var admin = await LogInAsync(Web.Factory, Admin, Password);
        var url = $"/Claims/{claimId}/Flag";
        // Both load the form before either saves: same claim version.
        var editorForm = await GetDocumentAsync(editor, url);
        var adminForm = await GetDocumentAsync(admin, url);

        var first = await Forms.PostAsync(editor, editorForm, url, "form[method=post]:not(.signout)", Flag("verified", "checked with the source"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await Forms.PostAsync(admin, adminForm, url, "form[method=post]:not(.signout)", Flag("false", "contradicted by the record"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await ParseAsync(second);
        var conflict = page.QuerySelector(".conflict")!;
        Assert.Contains("changed while you were editing", conflict.TextContent, StringComparison.Ordinal);
        Assert.Equal("verified", conflict.QuerySelector(".flag-status")!.TextContent.Trim());
        Assert.Contains("Demo Editor", conflict.TextContent, StringComparison.Ordinal);

        await using var db = Web.Database.CreateContext();
        var history = await db.Flags.Where(f => f.ClaimId == claimId).OrderBy(f => f.Id).Select(f => f.Status).ToListAsync();
        Assert.Equal([FlagStatus.Verified, FlagStatus.False], history);
        Assert.Equal(FlagStatus.False, (await db.Claims.SingleAsync(c => c.Id == claimId)).FlagStatus);

        // Saving again from the conflict page (which now carries the new version) is no conflict.
        var third = await Forms.PostAsync(admin, page, url, "form[method=post]:not(.signout)", Flag("false", "confirmed"));
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
    }

    [Fact]
    public async Task Script_in_a_note_is_shown_as_text_and_script_links_are_refused()
    {
        var claimId = await FirstClaimAsync();
        var editor = await LogInAsync(Web.Factory, Editor, Password);
        var refused = await Forms.PostAsync(editor, $"/Claims/{claimId}/Flag", "form[method=post]:not(.signout)",
            Flag("false", "x", "javascript:alert(1)"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("is not an http(s) link", (await ParseAsync(refused)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);

        const string note = "<script>alert('note')</script><img src=x onerror=alert(2)>";
        var saved = await Forms.PostAsync(editor, $"/Claims/{claimId}/Flag", "form[method=post]:not(.signout)", Flag("false", note));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var response = await editor.GetAsync(new Uri($"/Claims/{claimId}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert('note')", html, StringComparison.Ordinal);
        var page = await ParseAsync(response);
        Assert.Equal(note, page.QuerySelector(".flag-note")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("img[onerror]"));
    }

    [Fact]
    public async Task A_journalist_cannot_flag()
    {
        var claimId = await FirstClaimAsync();
        var journalist = await LogInAsync(Web.Factory, Journalist, Password);
        var response = await journalist.GetAsync(new Uri($"/Claims/{claimId}/Flag", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/AccessDenied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Flags_survive_re_analysis_of_the_article()
    {
        var claimId = await FirstClaimAsync();
        var editor = await LogInAsync(Web.Factory, Editor, Password);
        await Forms.PostAsync(editor, $"/Claims/{claimId}/Flag", "form[method=post]:not(.signout)", Flag("opinion"));
        long articleId;
        string text;
        await using (var db = Web.Database.CreateContext())
        {
            var claim = await db.Claims.SingleAsync(c => c.Id == claimId);
            (articleId, text) = (claim.ArticleId, claim.Text);
            await new NewsAnalysis.Data.ArticleAnalysisStore(db, TimeProvider.System).AnalyzeAsync(articleId);
        }

        await using var check = Web.Database.CreateContext();
        var again = await check.Claims.SingleAsync(c => c.ArticleId == articleId && c.Text == text);
        Assert.NotEqual(claimId, again.Id);
        Assert.Equal(FlagStatus.Opinion, again.FlagStatus);
        var page = await GetDocumentAsync(editor, $"/Claims/{again.Id}");
        Assert.Single(page.QuerySelectorAll(".flag-history > li"));
    }
}

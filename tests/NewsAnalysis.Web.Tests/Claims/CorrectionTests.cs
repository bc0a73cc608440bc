using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Claims;
using static NewsAnalysis.TestSupport.LoggedInClient;

namespace NewsAnalysis.Web.Tests.Claims;

public sealed class CorrectionTests(WebFixture web) : WebTest(web)
{
    private const string Editor = "editor@newsanalysis.local";

    private async Task ReanalyseAsync(long articleId)
    {
        await using var db = Web.Database.CreateContext();
        await new ArticleAnalysisStore(db, TimeProvider.System).AnalyzeAsync(articleId);
    }

    [Fact]
    public async Task The_queue_lists_unflagged_claims_by_check_worthiness_and_filters_by_kind_and_article()
    {
        await using var db = Web.Database.CreateContext();
        var claims = await db.Claims.ToListAsync();
        var flagged = claims.OrderByDescending(c => c.CheckWorthiness).First();
        var editorId = (await db.Users.SingleAsync(u => u.Email == Editor)).Id;
        await using (var scope = Web.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClaimFlagging>().FlagAsync(flagged.Id, new FlagRequest(Data.Flags.FlagStatus.Verified, null, []), editorId);
        }

        var editor = await LogInAsync(Web.Factory, Editor, Password);
        var page = await GetDocumentAsync(editor, "/Claims/Queue");
        var listed = page.QuerySelectorAll("tr[data-claim]").Select(r => long.Parse(r.GetAttribute("data-claim")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var expected = claims.Where(c => c.Id != flagged.Id).OrderByDescending(c => c.CheckWorthiness).ThenBy(c => c.Id).Select(c => c.Id).Take(ReviewQueue.PageSize).ToList();
        Assert.Equal(expected, listed);

        var kind = claims.Where(c => c.Id != flagged.Id).GroupBy(c => c.AttributionKind).OrderByDescending(g => g.Count()).First().Key;
        var byKind = await GetDocumentAsync(editor, "/Claims/Queue?kind=" + SnakeCaseEnum.ToText(kind));
        Assert.Equal(claims.Count(c => c.Id != flagged.Id && c.AttributionKind == kind), byKind.QuerySelectorAll("tr[data-claim]").Length);

        var none = await GetDocumentAsync(editor, $"/Claims/Queue?article={flagged.ArticleId + 1000}");
        Assert.Empty(none.QuerySelectorAll("tr[data-claim]"));
    }

    [Fact]
    public async Task A_corrected_source_and_kind_survive_re_analysis()
    {
        await using var db = Web.Database.CreateContext();
        var claim = await db.Claims.Where(c => c.SourceActorId != null).OrderBy(c => c.Start).FirstAsync();
        var other = await db.ArticleActors.Where(a => a.ArticleId == claim.ArticleId && a.Id != claim.SourceActorId && a.Mentions.Any()).OrderBy(a => a.Id).FirstAsync();
        var editor = await LogInAsync(Web.Factory, Editor, Password);
        var url = $"/Claims/{claim.Id}/Correct";
        var source = await Forms.PostAsync(editor, url, "form[action*='handler=Source']", new Dictionary<string, string> { ["Source"] = other.Name, ["Note"] = "wrong speaker" });
        Assert.Equal(HttpStatusCode.Redirect, source.StatusCode);
        var kind = await Forms.PostAsync(editor, url, "form[action*='handler=Kind']", new Dictionary<string, string> { ["Kind"] = "vague" });
        Assert.Equal(HttpStatusCode.Redirect, kind.StatusCode);

        await ReanalyseAsync(claim.ArticleId);
        await using var check = Web.Database.CreateContext();
        var again = await check.Claims.Include(c => c.SourceActor).Include(c => c.Article).SingleAsync(c => c.ArticleId == claim.ArticleId && c.Start == claim.Start && c.End == claim.End);
        Assert.Equal(other.Name, again.SourceActor!.Name);
        Assert.Equal(AttributionKind.Vague, again.AttributionKind);
        Assert.Equal(again.SourceText, again.Article.Body[again.SourceStart!.Value..again.SourceEnd!.Value]);
    }

    [Fact]
    public async Task A_missed_claim_added_by_its_offsets_survives_re_analysis()
    {
        await using var db = Web.Database.CreateContext();
        var article = await db.Articles.SingleAsync();
        var claimed = await db.Claims.Where(c => c.ArticleId == article.Id).Select(c => new { c.Start, c.End }).ToListAsync();
        // A sentence-sized stretch no claim covers.
        var sentences = Analysis.Text.TextDocument.Parse(article.Body).Sentences.Select(s => s.Span);
        var free = sentences.First(s => !claimed.Any(c => c.Start < s.End && s.Start < c.End));
        var editor = await LogInAsync(Web.Factory, Editor, Password);
        var response = await Forms.PostAsync(editor, $"/Claims/Add/{article.Id}", "#add-claim-form", new Dictionary<string, string>
        {
            ["Start"] = free.Start.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["End"] = free.End.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Text"] = free.Of(article.Body),
            ["Kind"] = "unattributed",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await ReanalyseAsync(article.Id);
        await using var check = Web.Database.CreateContext();
        var added = (await check.Claims.Where(c => c.ArticleId == article.Id).ToListAsync()).Single(c => c.Key[0] == 'e');
        Assert.Equal(free.Of(article.Body).Trim(), added.Text);
        Assert.Equal(added.Text, article.Body[added.Start..added.End]);

        var wrong = await Forms.PostAsync(editor, $"/Claims/Add/{article.Id}", "#add-claim-form", new Dictionary<string, string> { ["Text"] = "words that are not in the article" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
    }

    [Fact]
    public async Task Merged_actors_stay_merged_after_re_analysis_and_split_apart_again()
    {
        await using var db = Web.Database.CreateContext();
        var articleId = await db.Articles.Select(a => a.Id).SingleAsync();
        var people = await db.Actors.Where(a => a.Kind == ActorKind.Person).OrderBy(a => a.Id).Take(2).ToListAsync();
        Assert.Equal(2, people.Count);
        var (from, into) = (people[0], people[1]);
        var editor = await LogInAsync(Web.Factory, Editor, Password);
        var merge = await Forms.PostAsync(editor, "/Corrections/Actors", "form.merge", new Dictionary<string, string>
        {
            ["FromId"] = from.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["IntoId"] = into.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, merge.StatusCode);

        await ReanalyseAsync(articleId);
        await using (var check = Web.Database.CreateContext())
        {
            Assert.Equal(0, await check.ArticleActors.CountAsync(a => a.ActorId == from.Id));
            Assert.True(await check.ArticleActors.AnyAsync(a => a.ActorId == into.Id && a.Name == from.Name));
        }

        var page = await GetDocumentAsync(editor, "/Corrections/Actors");
        var split = await Forms.PostAsync(editor, page, "/Corrections/Actors", $"tr[data-actor='{from.Id}'] form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        await ReanalyseAsync(articleId);
        await using var after = Web.Database.CreateContext();
        Assert.True(await after.ArticleActors.AnyAsync(a => a.ActorId == from.Id));
        Assert.Null((await after.Actors.SingleAsync(a => a.Id == from.Id)).MergedIntoId);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Data.Imports;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Imports;
using NewsAnalysis.Web.Jobs;
using NewsAnalysis.Web.Tests.Claims;
using static NewsAnalysis.TestSupport.LoggedInClient;

namespace NewsAnalysis.Web.Tests.Imports;

public sealed class ImportPageTests(WebFixture web) : WebTest(web)
{
    private const string Admin = "admin@newsanalysis.local";

    private async Task RunJobsAsync()
    {
        var worker = Web.Factory.Services.GetRequiredService<JobWorker>();
        while (await worker.RunNextAsync(CancellationToken.None))
        {
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, params (string Name, byte[] Bytes)[] files)
    {
        var page = await GetDocumentAsync(client, "/Admin/Imports");
        var form = (IHtmlFormElement)page.QuerySelector("form[enctype='multipart/form-data']")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(((IHtmlInputElement)form.QuerySelector("[name=__RequestVerificationToken]")!).Value), "__RequestVerificationToken");
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "Files", name);
        }

        return await client.PostAsync(new Uri(Forms.Action(form, "/Admin/Imports"), UriKind.Relative), content);
    }

    [Fact]
    public async Task A_zip_of_good_and_bad_files_imports_the_good_and_reports_each_bad_one()
    {
        var good = "Dam bursts in the night\n\nThe dam broke at night, officials said. About 1,200 homes were flooded."u8.ToArray();
        byte[] pound = [.. "Prices rise\n\nA pint now costs "u8.ToArray(), 0xA3, .. "5, the brewery said."u8.ToArray()];
        var zip = ImportReadingTests.Zip(
            ("news/good.txt", good),
            ("news/copy-of-good.txt", good),
            ("news/pound.txt", pound),
            ("news/empty.txt", []),
            ("news/binary.txt", [0x00, 0x01, 0x02, 0x03, 0xFF]),
            ("../evil.txt", "Escaped\n\nShould never be stored."u8.ToArray()),
            ("news/huge.txt", new byte[6 * 1024 * 1024]),
            ("news/broken.json", "{\"title\": \"x\", "u8.ToArray()),
            ("news/page.html", "<html><head><title>Storm</title></head><body><article><p>The storm cut power to 3,000 homes on Sunday, the utility said in a statement issued late at night.</p><p>Crews expected to restore it by Tuesday, a spokeswoman for the company told reporters.</p></article></body></html>"u8.ToArray()));
        var admin = await LogInAsync(Web.Factory, Admin, Password);
        var response = await UploadAsync(admin, ("bbc.zip", zip));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var progressUrl = response.Headers.Location!.OriginalString;

        var before = await GetDocumentAsync(admin, progressUrl);
        Assert.Equal("pending", before.QuerySelector(".import-status")!.GetAttribute("data-status"));
        Assert.NotNull(before.QuerySelector("meta[http-equiv=refresh]"));

        await RunJobsAsync();
        var after = await GetDocumentAsync(admin, progressUrl + "?show=all");
        Assert.Equal("completed", after.QuerySelector(".import-status")!.GetAttribute("data-status"));
        Assert.Equal("9", after.QuerySelector("[data-total]")!.TextContent);
        Assert.Equal("3", after.QuerySelector("[data-imported]")!.TextContent);
        Assert.Equal("1", after.QuerySelector("[data-duplicates]")!.TextContent);
        Assert.Equal("5", after.QuerySelector("[data-failed]")!.TextContent);
        Assert.Null(after.QuerySelector("meta[http-equiv=refresh]"));
        var rows = after.QuerySelectorAll("tr[data-item-status]").ToDictionary(r => r.Children[1].TextContent, r => (Status: r.GetAttribute("data-item-status"), Detail: r.Children[3].TextContent));
        Assert.Equal("duplicate", rows["bbc.zip/news/copy-of-good.txt"].Status);
        Assert.Contains("Windows-1252", rows["bbc.zip/news/pound.txt"].Detail, StringComparison.Ordinal);
        Assert.Contains("empty file", rows["bbc.zip/news/empty.txt"].Detail, StringComparison.Ordinal);
        Assert.Contains("binary", rows["bbc.zip/news/binary.txt"].Detail, StringComparison.Ordinal);
        Assert.Contains("unsafe path", rows["bbc.zip/../evil.txt"].Detail, StringComparison.Ordinal);
        Assert.Contains("limit", rows["bbc.zip/news/huge.txt"].Detail, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", rows["bbc.zip/news/broken.json"].Detail, StringComparison.Ordinal);

        await using var db = Web.Database.CreateContext();
        var titles = await db.Articles.Where(a => a.ImportBatchId != null && a.Title != Seeding.DemoSeed.DemoArticleTitle).Select(a => a.Title).OrderBy(t => t).ToListAsync();
        Assert.Equal(["Dam bursts in the night", "Prices rise", "Storm"], titles);
        var priced = await db.Articles.SingleAsync(a => a.Title == "Prices rise");
        Assert.Equal("A pint now costs £5, the brewery said.", priced.Body);
        Assert.NotNull(priced.AnalyzedAt);
        Assert.True(await db.Claims.AnyAsync(c => c.ArticleId == priced.Id));
        Assert.Empty(await db.ImportItems.Where(i => i.Payload != null).ToListAsync());
    }

    [Fact]
    public async Task Pasted_text_is_imported_once_and_a_second_paste_is_a_duplicate()
    {
        var admin = await LogInAsync(Web.Factory, Admin, Password);
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "<b>Council</b> vote",
            ["Text"] = "The council voted 7-2 to close the library, the mayor said on Monday.",
            ["SourceUrl"] = "https://example.org/council",
        };
        var first = await Forms.PostAsync(admin, "/Admin/Imports", "form[action*='handler=Paste']", fields);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await Forms.PostAsync(admin, "/Admin/Imports", "form[action*='handler=Paste']", fields);
        await RunJobsAsync();

        await using var db = Web.Database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Title == "<b>Council</b> vote");
        Assert.Equal("https://example.org/council", article.SourceUrl);
        var statuses = await db.ImportItems.Where(i => i.ImportBatch.Kind == "paste").OrderBy(i => i.Id).Select(i => i.Status).ToListAsync();
        Assert.Equal([ImportItemStatus.Imported, ImportItemStatus.Duplicate], statuses);

        var list = await admin.GetStringAsync(new Uri("/Admin/Imports", UriKind.Relative));
        Assert.Contains("&lt;b&gt;Council&lt;/b&gt; vote", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Council</b>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_stopped_half_way_resumes_with_what_is_left()
    {
        long batchId;
        await using (var scope = Web.Factory.Services.CreateAsyncScope())
        {
            var items = Enumerable.Range(1, 5).Select(i => UnpackedItem.Ok($"{i}.txt", ImportFormats.Text, Encoding.UTF8.GetBytes($"Story {i}\n\nThe minister said {i * 100} jobs would go.")));
            batchId = (await scope.ServiceProvider.GetRequiredService<ImportIntake>().CreateBatchAsync("files", "five", null, items)).Id;
        }

        var limits = new ImportLimits { ChunkSize = 2 };
        var processor = new ImportProcessor(Web.Factory.Services.GetRequiredService<IServiceScopeFactory>(), limits, TimeProvider.System);
        using var stop = new CancellationTokenSource();
        var seen = new List<int>();
        // The "process dies" after the first chunk: cancelled where the progress is reported.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => processor.RunAsync(batchId, new Stopper(stop, seen), cancellationToken: stop.Token));
        await using (var db = Web.Database.CreateContext())
        {
            // Two chunks are in flight at once: the other one was either committed before the stop or rolled back whole.
            var imported = await db.ImportItems.CountAsync(i => i.ImportBatchId == batchId && i.Status == ImportItemStatus.Imported);
            Assert.Contains(imported, new[] { 2, 4 });
            Assert.Equal(5 - imported, await db.ImportItems.CountAsync(i => i.ImportBatchId == batchId && i.Status == ImportItemStatus.Pending));
            Assert.Equal(imported, await db.Articles.CountAsync(a => a.ImportBatchId == batchId));
        }

        var done = await processor.RunAsync(batchId);
        Assert.Equal((5, 5, 0, 0), (done.Total, done.Imported, done.Duplicates, done.Failed));
        await using var check = Web.Database.CreateContext();
        Assert.Equal(5, await check.Articles.CountAsync(a => a.ImportBatchId == batchId));
        Assert.Equal(ImportStatus.Completed, (await check.ImportBatches.SingleAsync(b => b.Id == batchId)).Status);
    }

    [Fact]
    public async Task Two_workers_on_one_batch_take_different_items_and_a_time_budget_leaves_the_rest_pending()
    {
        long batchId;
        await using (var scope = Web.Factory.Services.CreateAsyncScope())
        {
            var items = Enumerable.Range(1, 12).Select(i => UnpackedItem.Ok($"{i}.txt", ImportFormats.Text, Encoding.UTF8.GetBytes($"Report {i}\n\nThe agency said {i * 7} flights were cancelled.")));
            batchId = (await scope.ServiceProvider.GetRequiredService<ImportIntake>().CreateBatchAsync("files", "twelve", null, items)).Id;
        }

        var scopes = Web.Factory.Services.GetRequiredService<IServiceScopeFactory>();
        var sliced = await new ImportProcessor(scopes, new ImportLimits { ChunkSize = 3 }, TimeProvider.System).RunAsync(batchId, budget: TimeSpan.Zero);
        Assert.False(sliced.Finished);
        Assert.Equal(0, sliced.Processed);

        var first = new ImportProcessor(scopes, new ImportLimits { ChunkSize = 2 }, TimeProvider.System);
        var second = new ImportProcessor(scopes, new ImportLimits { ChunkSize = 2 }, TimeProvider.System);
        await Task.WhenAll(first.RunAsync(batchId), second.RunAsync(batchId));

        await using var db = Web.Database.CreateContext();
        Assert.Equal(12, await db.ImportItems.CountAsync(i => i.ImportBatchId == batchId && i.Status == ImportItemStatus.Imported));
        Assert.Equal(12, await db.Articles.CountAsync(a => a.ImportBatchId == batchId));
        var batch = await db.ImportBatches.SingleAsync(b => b.Id == batchId);
        Assert.Equal((12, 0, 0, ImportStatus.Completed), (batch.Done, batch.Duplicates, batch.Failed, batch.Status));
    }

    private sealed class Stopper(CancellationTokenSource stop, List<int> seen) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            seen.Add(value.Processed);
            stop.Cancel();
        }
    }

    [Fact]
    public async Task A_feed_served_on_loopback_is_imported_and_a_silent_one_times_out()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Local Wire</title><link>http://localhost/</link><description>d</description>
            <item><title>Bridge closed</title><link>http://localhost/bridge</link><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>
              <description>&lt;p&gt;The bridge was closed after inspectors found cracks, the council said.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
            <item><title>School reopens</title><link>http://localhost/school</link>
              <description>The school reopened on Monday, the head teacher said.</description></item>
            </channel></rss>
            """;
        var feedServer = WebApplication.CreateSlimBuilder();
        feedServer.WebHost.UseUrls("http://127.0.0.1:0");
        await using var server = feedServer.Build();
        server.MapGet("/feed.xml", () => Results.Text(rss, "application/rss+xml"));
        await server.StartAsync();
        var address = server.Urls.Single();

        var admin = await LogInAsync(Web.Factory, Admin, Password);
        var response = await Forms.PostAsync(admin, "/Admin/Imports", "form[action*='handler=Feed']", new Dictionary<string, string> { ["FeedUrl"] = address + "/feed.xml" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await RunJobsAsync();
        await using (var db = Web.Database.CreateContext())
        {
            var bridge = await db.Articles.SingleAsync(a => a.Title == "Bridge closed");
            Assert.Equal("The bridge was closed after inspectors found cracks, the council said.", bridge.Body);
            Assert.Equal("Local Wire", bridge.SourceName);
            Assert.Equal("http://localhost/bridge", bridge.SourceUrl);
            Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), bridge.PublishedAt);
            Assert.True(await db.Articles.AnyAsync(a => a.Title == "School reopens"));
        }

        // A server that accepts the connection and never answers.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var fetcher = new FeedFetcher(new HttpClient(), new ImportLimits { FeedTimeout = TimeSpan.FromMilliseconds(300) });
        var items = await fetcher.FetchAsync($"http://127.0.0.1:{port}/feed.xml", CancellationToken.None);
        Assert.Contains("did not answer", Assert.Single(items).Error, StringComparison.Ordinal);

        var refused = await fetcher.FetchAsync("http://127.0.0.1:1/feed.xml", CancellationToken.None);
        Assert.Contains("could not be reached", Assert.Single(refused).Error, StringComparison.Ordinal);
    }
}

using Microsoft.Playwright;
using NewsAnalysis.Web.Seeding;

namespace NewsAnalysis.Browser.Tests;

/// <summary>A journalist in a real browser: opens the sample article, jumps between the text and the panels.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ArticlePageBrowserTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private readonly List<string> _pageErrors = [];

    public async Task InitializeAsync()
    {
        fixture.ServerErrors.Clear();
        _context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        _context.SetDefaultTimeout(60_000);
        _page = await _context.NewPageAsync();
        _page.PageError += (_, error) => _pageErrors.Add(error);
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _pageErrors.Add(message.Text + " " + message.Location);
            }
        };
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        Assert.True(_pageErrors.Count == 0, "The page reported errors: " + string.Join(" | ", _pageErrors));
        Assert.True(fixture.ServerErrors.All.Count == 0, "The server logged errors: " + string.Join(" | ", fixture.ServerErrors.All));
    }

    private async Task LogInAndOpenSampleAsync()
    {
        await _page.GotoAsync("/Account/Login");
        await _page.FillAsync("input[name=Email]", DemoSeed.DemoUsers[2].Email);
        await _page.FillAsync("input[name=Password]", DemoSeed.DevelopmentPassword);
        await _page.ClickAsync("button[type=submit]");
        await _page.WaitForURLAsync("**/Articles**");
        await _page.GetByRole(AriaRole.Link, new() { Name = DemoSeed.DemoArticleTitle }).ClickAsync();
        await _page.WaitForSelectorAsync(".article-view");
    }

    [Fact]
    public async Task Clicking_a_claim_highlights_its_span_and_names_its_source()
    {
        await LogInAndOpenSampleAsync();

        // The first claim the engine attributed to a named source.
        var claim = _page.Locator("#claims li.item").Filter(new() { Has = _page.Locator(".source a") }).First;
        var key = await claim.GetAttributeAsync("data-item");
        Assert.NotNull(key);
        await claim.Locator("a.jump").ClickAsync();

        var pieces = _page.Locator($".article-text [data-group='{key}']");
        Assert.True(await pieces.CountAsync() > 0);
        await Assertions.Expect(pieces.First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await Assertions.Expect(pieces.First).ToBeInViewportAsync();
        await Assertions.Expect(claim).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        var source = (await claim.Locator(".source a").InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrWhiteSpace(source));
        // The tooltip on the span names the same source.
        Assert.Contains(source, await pieces.First.GetAttributeAsync("title") ?? "", StringComparison.Ordinal);

        await SaveScreenshotAsync();
    }

    [Fact]
    public async Task Clicking_a_span_selects_its_item_and_the_keyboard_works_too()
    {
        await LogInAndOpenSampleAsync();

        var figure = _page.Locator(".article-text mark.hl-figure").First;
        var key = await figure.GetAttributeAsync("data-group");
        await figure.ClickAsync();
        var item = _page.Locator($"#panel-{key}");
        await Assertions.Expect(item).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await Assertions.Expect(item).ToBeInViewportAsync();

        // Tab to an actor in the panel and select it with Enter: every mention of it lights up.
        var actor = _page.Locator("#actors li.item").First;
        var actorKey = await actor.GetAttributeAsync("data-item");
        await actor.FocusAsync();
        await _page.Keyboard.PressAsync("Enter");
        var mentions = _page.Locator($".article-text .hl-mention[data-group='{actorKey}']");
        Assert.True(await mentions.CountAsync() > 0);
        await Assertions.Expect(mentions.First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await Assertions.Expect(item).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
    }

    // The README's screenshot: written to docs/ when NEWSANALYSIS_SCREENSHOT=1, otherwise beside the test binaries.
    private async Task SaveScreenshotAsync()
    {
        var folder = AppContext.BaseDirectory;
        if (Environment.GetEnvironmentVariable("NEWSANALYSIS_SCREENSHOT") == "1")
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsAnalysis.sln")))
                {
                    folder = Path.Combine(dir.FullName, "docs");
                    break;
                }
            }
        }

        Directory.CreateDirectory(folder);
        await _page.EvaluateAsync("window.scrollTo(0, 0)");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "screenshot-article.png") });
    }
}

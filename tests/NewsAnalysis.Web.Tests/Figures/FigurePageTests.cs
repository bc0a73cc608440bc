using AngleSharp.Dom;
using NewsAnalysis.Analysis;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Pages.Figures;
using NewsAnalysis.Web.Seeding;
using NewsAnalysis.Web.Tests.Articles;

namespace NewsAnalysis.Web.Tests.Figures;

public sealed class FigurePageTests(WebFixture web) : WebTest(web)
{
    private async Task<long> TollAsync(string title, int day, string number, double value, string measure)
    {
        var body = $"{title}: officials said {number} people had died by then.";
        return await new StoredArticle(title, body) { Source = "Wire", PublishedAt = new DateTimeOffset(2026, 1, day, 8, 0, 0, TimeSpan.Zero) }
            .Figure("f1", number, value, null, measure)
            .SaveAsync(Web.Database);
    }

    private async Task<IDocument> OpenAsync(string url)
    {
        var client = await LoggedInClient.LogInAsync(Web.Factory, DemoSeed.DemoUsers[2].Email, Password);
        return await LoggedInClient.GetDocumentAsync(client, url);
    }

    [Fact]
    public async Task A_measure_over_time_with_its_inconsistencies()
    {
        var a = await TollAsync("Toll at 100", 10, "100", 100, "flood deaths");
        var b = await TollAsync("Toll at 120", 10, "120", 120, "Flood deaths");
        var c = await TollAsync("Toll at 150", 12, "150", 150, "flood deaths");
        var d = await TollAsync("120 injured", 12, "120", 120, "injured");

        var page = await OpenAsync("/Figures/Measure?m=Flood%20%20Deaths");
        Assert.Equal("flood deaths", page.QuerySelector("h1")!.TextContent);
        var points = page.QuerySelectorAll("svg.chart circle.point");
        Assert.Equal(["100", "120", "150"], points.Select(p => p.GetAttribute("data-value")).Order());
        // Later days are further right; larger numbers are higher up (smaller y).
        double Cx(string value) => double.Parse(points.Single(p => p.GetAttribute("data-value") == value).GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture);
        double Cy(string value) => double.Parse(points.Single(p => p.GetAttribute("data-value") == value).GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Cx("100"), Cx("120"));
        Assert.True(Cx("150") > Cx("100"));
        Assert.True(Cy("150") < Cy("120") && Cy("120") < Cy("100"));
        Assert.Equal(2, page.QuerySelector("polyline.trend")!.GetAttribute("points")!.Split(' ').Length);

        var sameDay = Assert.Single(page.QuerySelectorAll($".inconsistency[data-kind='{InconsistencyKind.DifferentValuesSameDay}']"));
        Assert.Contains("2026-01-10: 100 vs 120", sameDay.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"/Articles/{a}#f1", $"/Articles/{b}#f1"], sameDay.QuerySelectorAll("li a").Select(l => l.GetAttribute("href")));

        var sameValue = Assert.Single(page.QuerySelectorAll($".inconsistency[data-kind='{InconsistencyKind.SameValueDifferentMeasures}']"));
        Assert.Contains("120 is told as flood deaths and as injured", sameValue.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"/Articles/{b}#f1", $"/Articles/{d}#f1"], sameValue.QuerySelectorAll("li a").Select(l => l.GetAttribute("href")));
        Assert.DoesNotContain(page.QuerySelectorAll(".inconsistency a"), l => l.GetAttribute("href") == $"/Articles/{c}#f1");

        var measures = await OpenAsync("/Figures");
        var row = measures.QuerySelectorAll("table.measures tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "flood deaths");
        Assert.Equal(["flood deaths", "3", "3", "2026-01-10", "2026-01-12"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Consistent_figures_show_no_inconsistency()
    {
        await TollAsync("Toll at 100", 10, "100", 100, "flood deaths");
        await TollAsync("Toll still 100", 10, "100", 100, "flood deaths");
        var page = await OpenAsync("/Figures/Measure?m=flood%20deaths");
        Assert.Empty(page.QuerySelectorAll(".inconsistency"));
        Assert.Equal(2, page.QuerySelectorAll("svg.chart circle.point").Length);
    }
}

namespace NewsAnalysis.Analysis.Tests.Claims;

/// <summary>Claims lose the sentence's closing marks, never a part of what they state.</summary>
public sealed class StatementSpanTests
{
    [Theory]
    [InlineData("In London the share of ethnic minorities rises to 24%. Officials were pleased.", "In London the share of ethnic minorities rises to 24%")]
    [InlineData("The regulator fined firms with market values below $700m (£374m). Officials were pleased.", "The regulator fined firms with market values below $700m (£374m)")]
    [InlineData("The council's report was titled \"Broken Promises\". Officials were pleased.", "The council's report was titled \"Broken Promises\"")]
    public void A_statement_keeps_its_figures_and_brackets(string text, string expected)
    {
        var claims = ArticleAnalyzer.Default.Analyze(text).Claims;

        Assert.Contains(claims, c => c.Text == expected && c.Attribution.Kind == AttributionKind.Unattributed);
    }

    [Theory]
    [InlineData("The minister said fuel prices could rise by as much as 30%. Drivers were angry.", "fuel prices could rise by as much as 30%")]
    [InlineData("The company said it would recall 65,000 sports utility vehicles (SUVs). Dealers were told.", "it would recall 65,000 sports utility vehicles (SUVs)")]
    public void Reported_content_keeps_its_figures_and_brackets(string text, string expected)
    {
        var claims = ArticleAnalyzer.Default.Analyze(text).Claims;

        Assert.Contains(claims, c => c.Text == expected && c.Attribution.Kind != AttributionKind.Unattributed);
    }
}

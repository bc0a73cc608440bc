using NewsAnalysis.Analysis.Claims;

namespace NewsAnalysis.Analysis.Tests.Claims;

public sealed class QuoteFinderTests
{
    [Theory]
    [InlineData("He said \"no way\" twice.", new[] { "no way" })]
    [InlineData("“Curly,” she said, “works too.”", new[] { "Curly,", "works too." })]
    [InlineData("''It has merit,'' he said.", new[] { "It has merit," })]
    [InlineData("\"One.\n\n\"Two,\" he said.", new[] { "One.\n\n\"Two," })]
    [InlineData("\"Never closed.\n\nNext paragraph has \"a quote\" inside.", new[] { "a quote" })]
    [InlineData("The 6\" pipe and 12\" beam.", new string[0])]
    [InlineData("Intro.\n\n”Fear. I am afraid the ferry will stop.” ― Ada Lind\n“Next one.” ― Bo Park", new[] { "Fear. I am afraid the ferry will stop.", "Next one." })]
    [InlineData("He said “yes” and ”no” twice.", new[] { "yes" })]
    [InlineData("'We got this wrong,' he said. It was 'delusional'.", new[] { "We got this wrong,", "delusional" })]
    [InlineData("He called it ‘madness’ and left. ‘Go,’ she said.", new[] { "madness", "Go," })]
    [InlineData("Don't let the players' union in the '90s sell rock 'n' roll.", new string[0])]
    [InlineData("The players' union said it was 'disappointed' with the result.", new[] { "disappointed" })]
    [InlineData("\"People said 'no' to it,\" she said.", new[] { "People said 'no' to it," })]
    [InlineData("'He told me \"never\" and left,' she said.", new[] { "He told me \"never\" and left," })]
    [InlineData("Antonio \"LA\" Reid and Brian 'Head' Welch spoke.", new string[0])]
    public void Pairs_quote_marks(string text, string[] expected)
    {
        var found = QuoteFinder.Find(text).Select(q => q.Inner.Of(text)).ToArray();
        Assert.Equal(expected, found);
    }
}

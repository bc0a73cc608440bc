using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Text;

public class SentenceSplitterTests
{
    public static IEnumerable<object[]> Cases => TextSpecs.Load("sentences.json");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_as_the_spec_says(SpecCase spec)
    {
        var document = TextDocument.Parse(spec.Text);

        Assert.Equal(spec.Strings("sentences"), document.Sentences.Select(s => s.Span.Of(spec.Text)).ToArray());
    }

    [Fact]
    public void Sentences_cover_every_token_once_in_order()
    {
        var text = "Dr. Who said.\n\"No!\" U.S. troops left. Then (again.) A 50,000 b\r\nc";
        var document = TextDocument.Parse(text);

        var next = 0;
        foreach (var s in document.Sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.True(s.TokenCount > 0);
            Assert.Equal(document.Tokens[s.FirstToken].Span.Start, s.Span.Start);
            Assert.Equal(document.Tokens[s.EndToken - 1].Span.End, s.Span.End);
            next = s.EndToken;
        }

        Assert.Equal(document.Tokens.Count, next);
    }

    [Fact]
    public void One_fifty_thousand_character_sentence_stays_one_sentence()
    {
        var text = string.Concat(Enumerable.Repeat("the talks went on and on, ", 2_000)) + "end.";
        var document = TextDocument.Parse(text);

        Assert.True(text.Length > 50_000);
        Assert.Single(document.Sentences);
    }
}

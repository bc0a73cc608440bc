using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Text;

public class TokenizerTests
{
    public static IEnumerable<object[]> Cases => TextSpecs.Load("tokenizer.json");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenizes_as_the_spec_says(SpecCase spec)
    {
        var tokens = Tokenizer.Tokenize(spec.Text);

        Assert.Equal(spec.Strings("tokens"), tokens.Select(t => t.Span.Of(spec.Text)).ToArray());
        Assert.All(tokens, t => Assert.True(t.Span.Length > 0));
        Assert.Equal(tokens.OrderBy(t => t.Span.Start).Select(t => t.Span), tokens.Select(t => t.Span));
    }

    [Fact]
    public void Lone_surrogates_become_tokens_without_crashing()
    {
        var text = "bad \uD800 surrogate \uDC00x \uD83D";
        var tokens = Tokenizer.Tokenize(text).Select(t => t.Span.Of(text)).ToArray();

        Assert.Equal(["bad", "\uD800", "surrogate", "\uDC00", "x", "\uD83D"], tokens);
    }

    [Fact]
    public void Kinds_tell_words_numbers_punctuation_and_symbols_apart()
    {
        var text = "Gaza: 28,000 $ 👍";
        var kinds = Tokenizer.Tokenize(text).Select(t => t.Kind).ToArray();

        Assert.Equal([TokenKind.Word, TokenKind.Punctuation, TokenKind.Number, TokenKind.Symbol, TokenKind.Symbol], kinds);
    }

    [Fact]
    public void A_long_text_without_spaces_or_stops_is_cut_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("a,b-", 20_000));
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(text.Length, tokens.Sum(t => t.Span.Length));
    }
}

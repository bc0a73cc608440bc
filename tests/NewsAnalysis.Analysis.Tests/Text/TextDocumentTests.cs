using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Text;

public class TextDocumentTests
{
    [Fact]
    public void Every_token_is_in_the_sentence_that_holds_it()
    {
        var text = "Dr. Who said.\n\"No!\" U.S. troops left. Then (again.) A 50,000 b\r\nc";
        var document = TextDocument.Parse(text);

        Assert.True(document.Sentences.Count > 3);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                Assert.Equal(s, document.SentenceIndexOf(i));
            }
        }
    }

    [Fact]
    public void Tokens_outside_the_text_take_the_first_or_the_last_sentence()
    {
        var document = TextDocument.Parse("One came. Two left. Three stayed.");

        Assert.Equal(0, document.SentenceIndexOf(-1));
        Assert.Equal(2, document.SentenceIndexOf(document.Tokens.Count + 5));
        Assert.Equal(-1, TextDocument.Parse("").SentenceIndexOf(0));
    }

    [Fact]
    public void A_character_offset_is_in_the_last_sentence_that_starts_by_it()
    {
        const string text = "One came. Two left. Three stayed.";
        var document = TextDocument.Parse(text);

        Assert.Equal(0, document.SentenceIndexAtOffset(-1));
        Assert.Equal(0, document.SentenceIndexAtOffset(text.IndexOf("came", StringComparison.Ordinal)));
        Assert.Equal(0, document.SentenceIndexAtOffset(text.IndexOf(" Two", StringComparison.Ordinal)));
        Assert.Equal(1, document.SentenceIndexAtOffset(text.IndexOf("Two", StringComparison.Ordinal)));
        Assert.Equal(2, document.SentenceIndexAtOffset(text.Length + 5));
        Assert.Equal(-1, TextDocument.Parse("").SentenceIndexAtOffset(0));
    }

    [Fact]
    public void Sentences_given_out_of_order_get_the_answers_of_a_binary_search()
    {
        var parsed = TextDocument.Parse("One came. Two left. Three stayed.");
        var s = parsed.Sentences;
        var document = new TextDocument(parsed.Text, parsed.Tokens, [s[0], s[2], s[1]]);

        // Halving [0, 2]: the middle one starts after "Two", so it is sentence 0; "Three" reaches the last one.
        Assert.Equal(0, document.SentenceIndexOf(s[1].FirstToken));
        Assert.Equal(2, document.SentenceIndexOf(s[2].FirstToken));
    }

    [Fact]
    public void Tokens_before_the_first_sentence_take_it()
    {
        var parsed = TextDocument.Parse("One came. Two left.");
        var second = parsed.Sentences[1];
        var document = new TextDocument(parsed.Text, parsed.Tokens, [second]);

        Assert.Equal(0, document.SentenceIndexOf(0));
        Assert.Equal(0, document.SentenceIndexOf(second.FirstToken));
    }
}

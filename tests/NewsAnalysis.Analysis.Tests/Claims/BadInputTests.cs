using System.Text;
using NewsAnalysis.Analysis.Claims;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Claims;

public sealed class BadInputTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static IReadOnlyList<Claim> Extract(string text) => Extractor.Extract(TextDocument.Parse(text), []);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("\"")]
    [InlineData("“”")]
    [InlineData("'' '' ''")]
    [InlineData("said said said, according to")]
    [InlineData("according to")]
    [InlineData("Concerns have been raised about the dam. \"Nobody has inspected the concrete in ten years.\"")]
    [InlineData("The firm is said to be for sale.\n\n\"Everything in this building has a price tag on it.\"")]
    [InlineData("\u0000\uFFFF\uD800 ))) ((( ,,, ...")]
    [InlineData("The mayor rejected his claim")]
    [InlineData("The mayor rejected Mayor Dunn's claim")]
    [InlineData("The director was asked by")]
    [InlineData("The director was asked by the")]
    [InlineData("Governor Alvarez last week")]
    [InlineData("Dr. Lena Hart, the chief medical officer,")]
    [InlineData("a leaflet that claimed")]
    [InlineData("urged her to declare")]
    [InlineData("to declare")]
    [InlineData("Its sales have slid. In the")]
    [InlineData("The mayor spoke in the")]
    [InlineData("The strategist said so in quoted")]
    [InlineData("Costs rose. The paper quoted")]
    public void Degenerate_text_gives_valid_claims(string text)
    {
        foreach (var claim in Extract(text))
        {
            Assert.Equal(claim.Text, claim.Span.Of(text));
        }
    }

    // Every word end of a text, with words that open a rule after it, is a text of its own: none may throw.
    [Theory]
    [InlineData("Crude in London gained $1.32. The Paris-based IEA")]
    [InlineData("Crude in London gained $1.32, the Paris-based IEA said in a report")]
    [InlineData("They were beating up the boy and Gary / Neville")]
    public void Any_cut_of_a_text_is_analysed(string text)
    {
        string[] tails = ["", " in the", " quoted", " In the", " according to", " told", " who said"];
        for (var end = 1; end <= text.Length; end++)
        {
            foreach (var tail in tails)
            {
                var cut = text[..end] + tail;
                var result = ArticleAnalyzer.Default.Analyze(cut);
                Assert.All(result.Claims, c => Assert.Equal(c.Text, c.Span.Of(cut)));
            }
        }
    }

    [Fact]
    public void A_quote_that_never_closes_does_not_swallow_a_large_text()
    {
        var builder = new StringBuilder("\"This quotation never closes, the spokesman said. ");
        var paragraph = "The council approved 12 new schools on Monday, officials said. Turnout rose to 64 percent.\n\n";
        while (builder.Length < 10_000_000)
        {
            builder.Append(paragraph);
        }

        var text = builder.ToString();
        var claims = Extract(text);

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.True(c.Span.Length < 2_000, $"claim of {c.Span.Length} characters"));
        Assert.Contains(claims, c => c.Attribution.Kind == AttributionKind.Vague && c.Attribution.Source?.Text == "officials");
    }

    [Fact]
    public void A_fifty_thousand_character_sentence_is_read_without_absurd_claims()
    {
        var builder = new StringBuilder();
        var random = new Random(7);
        while (builder.Length < 50_000)
        {
            builder.Append(random.Next(5) switch { 0 => "said ", 1 => "\" ", 2 => "the minister ", 3 => ", ", _ => "growth " });
        }

        var text = builder.ToString();
        var claims = Extract(text);

        Assert.All(claims, c =>
        {
            Assert.Equal(c.Text, c.Span.Of(text));
            Assert.True(c.Span.Length < 10_000, $"claim of {c.Span.Length} characters");
        });
    }

    [Fact]
    public void Garbage_bytes_decoded_as_text_do_not_crash()
    {
        var random = new Random(11);
        var chars = new char[200_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0x3000);
        }

        var text = new string(chars);
        Assert.All(Extract(text), c => Assert.Equal(c.Text, c.Span.Of(text)));
    }
}

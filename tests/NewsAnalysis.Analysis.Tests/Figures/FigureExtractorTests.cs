using System.Text;
using NewsAnalysis.Analysis.Figures;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Figures;

public class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Extract(string text) => new FigureExtractor().Extract(TextDocument.Parse(text));

    [Fact]
    public void Opinion_style_paragraph_gives_toll_casualties_and_a_quarter()
    {
        // Our own sentences in the shape of a war report: a toll completed by its verb, a qualified count, a fraction.
        const string text = "So far, the death toll of soldiers, mostly reservists and conscripts, has risen to 14,500. "
            + "The siege has resulted in over 14,500 Ukrainian casualties and left a quarter of the city's population without water.";
        var figures = Extract(text);

        Assert.Collection(
            figures,
            f =>
            {
                Assert.Equal("14,500", f.Text);
                Assert.Equal(14500, f.Value);
                Assert.Equal("death toll", f.Measure);
                Assert.Null(f.Qualifier);
            },
            f =>
            {
                Assert.Equal("over 14,500", f.Text);
                Assert.Equal("over", f.Qualifier);
                Assert.Equal("casualties", f.Measure);
            },
            f =>
            {
                Assert.Equal("a quarter", f.Text);
                Assert.Equal(0.25, f.Value);
                Assert.Equal("population", f.Measure);
            });
    }

    [Fact]
    public void Spans_index_the_exact_text_and_ids_follow_text_order()
    {
        const string text = "Some 40 buses carried 1,200 pupils, 15% of them girls, over 3 km.";
        var figures = Extract(text);

        Assert.Equal(["f1", "f2", "f3", "f4"], figures.Select(f => f.Id));
        Assert.All(figures, f => Assert.Equal(f.Text, f.Span.Of(text)));
        Assert.True(figures.Zip(figures.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start));
    }

    [Theory]
    [InlineData("It sold for about $ 14 million .", "$ 14 million", "about")]
    [InlineData("Sales topped more than $247 million last year.", "$247 million", "over")]
    [InlineData("The storm was over 188 miles an hour at its peak.", "188 miles an hour", "over")]
    [InlineData("Up to 700 contract workers will go.", "Up to 700", "up to")]
    [InlineData("Fewer than a thousand pandas live in the wild.", "Fewer than a thousand", "under")]
    [InlineData("Some 500 or more homes were hit.", "500 or more", "at least")]
    [InlineData("We counted 500 or more homes.", "500 or more", "at least")]
    [InlineData("Nearly 40 people were hurt.", "40", "nearly")]
    [InlineData("It rose by more than 15% in a year.", "15%", "over")]
    [InlineData("Over 200 people died in the blast.", "Over 200", "over")]
    public void A_bound_on_a_bare_count_is_in_the_span_an_approximation_or_an_amount_with_a_unit_is_not(
        string text, string span, string qualifier)
    {
        var figure = Assert.Single(Extract(text));
        Assert.Equal(span, figure.Text);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Theory]
    [InlineData("The 3-1 win lifted them to third.", new string[0])]
    [InlineData("Shares fell 4p to 120p.", new[] { "4p", "120p" })]
    [InlineData("It used 3.5bn litres.", new[] { "3.5bn litres" })]
    [InlineData("The 25-year-old scored twice.", new[] { "25-year-old" })]
    [InlineData("Covid-19 cases rose in the G7.", new string[0])]
    [InlineData("The S&P 500 closed up 0.8% and the FTSE 100 fell 12 points.", new[] { "0.8%", "12" })]
    [InlineData("Anyone with information is asked to call 101, quoting incident number 912.", new string[0])]
    [InlineData("Officials plan to call 300 reservists.", new[] { "300" })]
    [InlineData("Some MPs are uneasy. One told the BBC it was the wrong call.", new string[0])]
    [InlineData("One died and two were injured.", new[] { "One", "two" })]
    [InlineData("It is an evolutionary update rather than a revolutionary one.", new string[0])]
    [InlineData("They face a maximum one-year ban and an original one terabyte file.", new[] { "one-year", "one terabyte" })]
    public void Reads_news_forms(string text, string[] expected) => Assert.Equal(expected, Extract(text).Select(f => f.Text));

    [Theory]
    [InlineData("Tech giant loses EU appeal over €2.4bn shopping fine")]
    [InlineData("A row over £5m in unpaid fees grew.")]
    public void Over_after_a_dispute_is_what_it_is_about(string text) => Assert.Null(Assert.Single(Extract(text)).Qualifier);

    // Duckling-style: a short phrase alone, found with its value by a figure covering at least half of it.
    [Theory]
    [InlineData("three hundred and twenty one", 321)]
    [InlineData("1.5k", 1500)]
    [InlineData("2 dozen", 24)]
    [InlineData("4 thousand", 4000)]
    [InlineData("$3.50", 3.5)]
    [InlineData("20 euros", 20)]
    [InlineData("3 kilograms", 3)]
    [InlineData("minus 5", -5)]
    [InlineData("- 1,200,000", -1200000)]
    [InlineData("3 millions", 3000000)]
    [InlineData("721 thousand twelve", 721012)]
    [InlineData("three dollars and fifty cents", 3.5)]
    [InlineData("20 dollars 43", 20.43)]
    [InlineData("a kilogram", 1)]
    [InlineData("Rs. 20", 20)]
    [InlineData("GBP 3.01", 3.01)]
    [InlineData("2 quarts", 2)]
    public void Short_phrase_is_found_by_value(string text, double value)
    {
        var figures = Extract(text);
        Assert.Contains(figures, f => Math.Abs(f.Value - value) < 1e-9 && f.Span.Length * 2 >= text.Trim().Length);
    }

    [Theory]
    [InlineData("The company sold two mln shares to its staff.", "two mln", 2e6, null)]
    [InlineData("Exports fell by three bln dlrs last year.", "three bln dlrs", 3e9, "USD")]
    [InlineData("It paid 27 dlrs a share for the stake.", "27 dlrs", 27, "USD")]
    [InlineData("The bank lent it five mln stg in March.", "five mln stg", 5e6, "GBP")]
    [InlineData("The new chip runs at 3.2GHz.", "3.2GHz", 3.2, "GHz")]
    [InlineData("The station broadcasts on 101.5 MHz.", "101.5 MHz", 101.5, "MHz")]
    [InlineData("The hum sits near 7 mHz, far below hearing.", "7 mHz", 7, "mHz")]
    [InlineData("Jets reach 120 decibels on take-off.", "120 decibels", 120, "dB")]
    public void Reads_abbreviated_scales_currencies_and_units(string text, string expected, double value, string? unit)
    {
        var figure = Assert.Single(Extract(text));

        Assert.Equal(expected, figure.Text);
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("Bids for the port rose from $5 to $7 million.", 5e6, "USD")]
    [InlineData("Ferry fares went from 5 to 8 dollars.", 5, "USD")]
    public void A_move_says_its_scale_and_unit_once_for_both_ends(string text, double low, string unit)
    {
        var first = Extract(text)[0];

        Assert.Equal((low, unit), (first.Value, first.Unit));
        Assert.Null(first.Qualifier);
    }

    [Fact]
    public void A_softened_range_keeps_its_about_and_shares_its_measure()
    {
        var figures = Extract("Some 10-20 homes burned overnight.");

        Assert.Collection(
            figures,
            low => Assert.Equal(("10", "about", "homes"), (low.Text, low.Qualifier, low.Measure)),
            high => Assert.Equal(("20", "at most", "homes"), (high.Text, high.Qualifier, high.Measure)));
    }

    [Fact]
    public void A_dash_after_a_softened_figure_sets_off_an_aside_not_a_range()
    {
        var figures = Extract("Nearly two thirds - 65% - of the 1,000 people asked said yes.");

        Assert.Contains(figures, f => f.Text == "65%" && f.Qualifier is null);
    }

    [Theory]
    [InlineData("One e-mail sent out in early January carried the virus.", "e-mail")]
    [InlineData("Two million copies sold in the first week.", "copies")]
    [InlineData("The market had an estimated worth of $2.6bn at the end of 2004.", null)]
    public void A_participle_is_not_what_is_counted(string text, string? measure)
    {
        Assert.Equal(measure, Assert.Single(Extract(text)).Measure);
    }

    [Fact]
    public void Empty_and_whitespace_give_nothing()
    {
        Assert.Empty(Extract(string.Empty));
        Assert.Empty(Extract(" \n\t "));
    }

    [Fact]
    public void Garbage_and_lone_surrogates_do_not_crash()
    {
        var random = new Random(7);
        var chars = new char[20_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0xFFFF);
        }

        chars[5] = '\uD800';
        chars[6] = '5';
        chars[^1] = '\uDC00';
        var text = new string(chars) + " 12 $ \uD83D 3 % - . , 1/ /2 1e 2^ one and a";
        var figures = Extract(text);

        Assert.All(figures, f => Assert.Equal(f.Text, f.Span.Of(text)));
    }

    [Fact]
    public void Long_sentence_and_large_article_are_read_in_full()
    {
        // One 50,000-character sentence of numbers, number words and symbols, and a 10 MB article.
        var sentence = new StringBuilder();
        while (sentence.Length < 50_000)
        {
            sentence.Append("one hundred and 2,000 - 3 to 4 over five and a half $ 6 million of ");
        }

        var figures = Extract(sentence.ToString());
        Assert.NotEmpty(figures);

        var article = new StringBuilder();
        var paragraph = "The agency said 1,200 people, about 15% of residents, left after the $3m fund ran dry on 5 May 2024.\n";
        while (article.Length < 10_000_000)
        {
            article.Append(paragraph);
        }

        var large = Extract(article.ToString());
        Assert.Equal(article.Length / paragraph.Length * 3, large.Count);
    }
}

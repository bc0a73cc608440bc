using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Actors;

public class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = EntityRecognizer.LoadDefault();

    [Theory]
    [InlineData("German Chancellor Angela Merkel met officials of the European Union in Brussels on Monday.",
        "Angela Merkel:Person|European Union:Organization|Brussels:Location")]
    [InlineData("Shares of Microsoft rose in New York after the company beat forecasts.", "Microsoft:Organization|New York:Location")]
    [InlineData("Rain fell all day and nobody came.", "")]
    public void Finds_the_obvious_names_of_a_news_sentence(string text, string expected)
    {
        var document = TextDocument.Parse(text);

        var found = Recognizer.Recognize(document)
            .Where(e => e.Kind != ActorKind.Other)
            .Select(e => e.Span.Of(text) + ":" + e.Kind);

        Assert.Equal(expected, string.Join('|', found));
    }

    [Fact]
    public void Entities_are_ordered_disjoint_token_ranges_matching_their_spans()
    {
        var text = "Hamas accused Israeli Prime Minister Benjamin Netanyahu of blocking a deal brokered by Egypt and Qatar.";
        var document = TextDocument.Parse(text);

        var entities = Recognizer.Recognize(document);

        Assert.NotEmpty(entities);
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            Assert.Equal(document.Tokens[e.FirstToken].Span.Start, e.Span.Start);
            Assert.Equal(document.Tokens[e.EndToken - 1].Span.End, e.Span.End);
            Assert.True(i == 0 || entities[i - 1].EndToken <= e.FirstToken);
        }
    }

    [Fact]
    public void The_shipped_model_loads_and_a_recogniser_without_one_finds_nothing()
    {
        Assert.NotNull(Recognizer.Model);
        Assert.Empty(new EntityRecognizer().Recognize(TextDocument.Parse("Angela Merkel visited Paris.")));
    }
}

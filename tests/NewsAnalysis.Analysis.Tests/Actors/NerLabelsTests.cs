using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Actors;

public class NerLabelsTests
{
    [Fact]
    public void A_name_is_marked_begin_inside_last_and_a_one_word_name_unit()
    {
        var labels = new int[6];

        NerLabels.Mark(labels.AsSpan(0, 3), NerLabels.TypeIndex("ORG"));
        NerLabels.Mark(labels.AsSpan(4, 1), NerLabels.TypeIndex("PER"));

        Assert.Equal(["B-ORG", "I-ORG", "L-ORG", "O", "U-PER", "O"], labels.Select(NerLabels.Name));
    }

    [Fact]
    public void Labels_become_the_names_they_mark()
    {
        var document = TextDocument.Parse("Bank of England and Smith met Jones");
        var labels = new int[document.Tokens.Count];
        NerLabels.Mark(labels.AsSpan(0, 3), NerLabels.TypeIndex("ORG"));
        NerLabels.Mark(labels.AsSpan(4, 1), NerLabels.TypeIndex("PER"));
        NerLabels.Mark(labels.AsSpan(6, 1), NerLabels.TypeIndex("PER"));

        var names = EntityRecognizer.ToEntities(document, labels).Select(e => e.Span.Of(document.Text) + ":" + e.Kind);

        Assert.Equal(["Bank of England:Organization", "Smith:Person", "Jones:Person"], names);
    }

    [Fact]
    public void Two_one_word_names_side_by_side_stay_two_names()
    {
        var document = TextDocument.Parse("Smith Jones");
        int[] labels = [NerLabels.Unit(0), NerLabels.Unit(0)];

        Assert.Equal(2, EntityRecognizer.ToEntities(document, labels).Count);
    }

    [Fact]
    public void Taking_a_word_out_of_a_name_closes_the_words_before_and_reopens_the_words_after()
    {
        var labels = new int[4];
        NerLabels.Mark(labels, NerLabels.TypeIndex("MISC"));

        NerLabels.Remove(labels, 1);

        Assert.Equal(["U-MISC", "O", "B-MISC", "L-MISC"], labels.Select(NerLabels.Name));
    }

    [Theory]
    [InlineData("O", "B-PER", true)]
    [InlineData("O", "I-PER", false)]
    [InlineData("B-PER", "L-PER", true)]
    [InlineData("B-PER", "O", false)]
    [InlineData("B-PER", "I-ORG", false)]
    [InlineData("I-LOC", "I-LOC", true)]
    [InlineData("L-LOC", "U-LOC", true)]
    [InlineData("U-LOC", "L-LOC", false)]
    public void Only_bilou_sequences_are_allowed(string previous, string label, bool allowed)
    {
        Assert.Equal(allowed, NerLabels.Allowed(LabelOf(previous), LabelOf(label)));
    }

    [Fact]
    public void A_sentence_starts_outside_any_name()
    {
        Assert.True(NerLabels.Allowed(NerFeatures.Start, NerLabels.Unit(1)));
        Assert.False(NerLabels.Allowed(NerFeatures.Start, NerLabels.Last(1)));
    }

    private static int LabelOf(string name) => Enumerable.Range(0, NerLabels.Count).Single(l => NerLabels.Name(l) == name);
}

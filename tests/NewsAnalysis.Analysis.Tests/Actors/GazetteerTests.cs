using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Actors;

public class GazetteerTests
{
    private static readonly Gazetteer Shipped = EntityRecognizer.LoadDefault().Model!.Gazetteer;

    // The model file stores each entry's lists as bits in the order of Gazetteer.Lists: a named flag must keep its bit.
    [Theory]
    [InlineData("country", Gazetteer.Country)]
    [InlineData("city", Gazetteer.City)]
    [InlineData("region", Gazetteer.Region)]
    [InlineData("demonym", Gazetteer.Demonym)]
    [InlineData("given", Gazetteer.GivenName)]
    [InlineData("surname", Gazetteer.Surname)]
    [InlineData("company", Gazetteer.Company)]
    [InlineData("club", Gazetteer.Club)]
    [InlineData("lower", Gazetteer.LowerCaseWord)]
    [InlineData("train-per", Gazetteer.TrainingPerson)]
    [InlineData("train-org", Gazetteer.TrainingOrganization)]
    [InlineData("train-loc", Gazetteer.TrainingLocation)]
    [InlineData("train-misc", Gazetteer.TrainingMisc)]
    [InlineData("headline", Gazetteer.HeadlineWord)]
    public void Each_named_list_is_the_bit_of_its_place_in_the_list_order(string list, ushort flag)
    {
        Assert.Equal(flag, 1 << Gazetteer.ListIndex(list));
    }

    [Fact]
    public void The_continuation_mark_is_no_list()
    {
        Assert.Equal(Gazetteer.Lists.Length, Gazetteer.ListIndex("headline") + 1);
        Assert.Equal(Gazetteer.Continues, 1 << Gazetteer.Lists.Length);
    }

    [Theory]
    [InlineData("France is large.", 0, 1, Gazetteer.Country)]
    [InlineData("They flew to South Korea.", 3, 5, Gazetteer.Country)]
    [InlineData("An Israeli official.", 1, 2, Gazetteer.Demonym)]
    [InlineData("Jennifer spoke.", 0, 1, Gazetteer.GivenName)]
    [InlineData("A new offer came.", 2, 3, Gazetteer.LowerCaseWord)]
    public void The_shipped_lists_hold_a_known_entry_under_its_named_list(string text, int first, int end, ushort list)
    {
        var document = TextDocument.Parse(text);

        Assert.NotEqual(0, Shipped.Lookup(document, first, end) & list);
    }

    [Fact]
    public void A_word_and_a_one_token_sequence_have_the_same_lists_and_case_does_not_matter()
    {
        var document = TextDocument.Parse("PARIS and paris");

        Assert.Equal(Shipped.LookupWord("Paris"), Shipped.Lookup(document, 0, 1));
        Assert.Equal(Shipped.Lookup(document, 0, 1), Shipped.Lookup(document, 2, 3));
        Assert.NotEqual(0, Shipped.LookupWord("Paris") & Gazetteer.Places);
        Assert.Equal(0, Shipped.Lookup(document, 0, 3) & Gazetteer.Places);
    }
}

using NewsAnalysis.Analysis.Claims;

namespace NewsAnalysis.Analysis.Tests.Claims;

public sealed class CueLexiconTests
{
    private const string Counts = """
        # word	times inside a PolNeAR Cue	times seen
        recommend	3	10
        recommended	7	14
        recommending	1	3
        pegs	2	2
        pegged	1	1
        unveiled	5	13
        unveil	0	4
        said	900	1000
        """;

    private static readonly CueLexicon Lexicon = CueLexicon.Parse(new StringReader(Counts));

    [Fact]
    public void A_form_seen_often_enough_keeps_its_own_rate()
    {
        Assert.Equal(7.0 / 14, Lexicon.Strength("recommended"), 3);
        Assert.Equal(0.9, Lexicon.Strength("said"), 3);
    }

    [Fact]
    public void A_rare_or_unseen_form_borrows_the_rate_of_a_verb_that_often_reports()
    {
        // The family "recommend": 11 cues in 27 sightings.
        Assert.Equal(11.0 / 27, Lexicon.Strength("recommends"), 3);
        Assert.Equal((1 + (3 * 11.0 / 27)) / (3 + 3), Lexicon.Strength("recommending"), 3);
    }

    [Theory]
    [InlineData("pegging")] // no form of "peg" is a cue three times on its own
    [InlineData("unveils")] // "unveil" reports too seldom (5 of 17) to lend its rate
    [InlineData("statements")]
    public void Other_forms_borrow_nothing(string word) => Assert.Equal(0, Lexicon.Strength(word));

    [Theory]
    [InlineData("warns", "warn")]
    [InlineData("warned", "warn")]
    [InlineData("denies", "deny")]
    [InlineData("denied", "deny")]
    [InlineData("admitted", "admit")]
    [InlineData("argues", "argu")]
    [InlineData("argued", "argu")]
    [InlineData("called", "call")]
    [InlineData("according", "according")]
    public void Inflections_of_one_verb_share_a_family(string word, string family) =>
        Assert.Equal(family, CueLexicon.FamilyOf(word));
}

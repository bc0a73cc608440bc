using NewsAnalysis.Analysis.Claims;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Claims;

// Reports proposed from their shape alone (subject, verb group, then a that-clause, a colon or a quotation), whatever
// the verb; the filter decides which to keep.
public sealed class FrameProposalTests
{
    [Theory]
    [InlineData("The treasurer has made clear that the city will not raise the parking fees this year.", "FrameThat", "The treasurer", "made clear", "the city will not raise the parking fees this year")]
    [InlineData("Alma Reyes stayed certain that the clinic can stay open through the winter.", "FrameThat", "Alma Reyes", "stayed certain", "the clinic can stay open through the winter")]
    [InlineData("The harbour master has made it plain that the ferry will run twice a day until May.", "FrameThat", "The harbour master", "made it plain", "the ferry will run twice a day until May")]
    [InlineData("The harbour master went on: the ferry will run twice a day until the storm season ends.", "FrameColon", "The harbour master", "went on", "the ferry will run twice a day until the storm season ends")]
    [InlineData("The coach shot back, \"We never asked the league for more money.\"", "FrameQuote", "The coach", "shot back", "We never asked the league for more money.")]
    public void A_report_is_proposed_from_its_shape(string text, string rule, string source, string cue, string content)
    {
        var proposal = Assert.Single(Proposals(text), p => p.Rule == Enum.Parse<AttributionRule>(rule));
        Assert.Equal(source, proposal.Source!.Value.SliceOf(text).ToString());
        Assert.Equal(cue, proposal.Cue!.Value.SliceOf(text).ToString());
        Assert.Equal(content.TrimEnd('.'), proposal.Content.SliceOf(text).ToString().TrimEnd('.'));
        Assert.True(proposal.Weak);
    }

    [Theory]
    [InlineData("The bridge that collapsed last spring will reopen in June.")]
    [InlineData("The council closed the road so that the crews could repair the bridge.")]
    [InlineData("The fact that the road was closed for a month angered the shop owners.")]
    [InlineData("Prices rose so much that the bakery closed its second shop.")]
    public void Relative_clauses_and_conjunctions_are_not_reports(string text)
    {
        Assert.DoesNotContain(Proposals(text), p => p.Rule >= AttributionRule.FrameThat);
    }

    [Theory]
    [InlineData("The club is in talks over a move for the striker.", "talks")]
    [InlineData("The mayor landed in trouble over remarks on the parking plans.", "remarks")]
    public void A_word_after_a_preposition_is_its_object_not_a_cue(string text, string word)
    {
        Assert.DoesNotContain(Proposals(text), p => p.Cue is { } cue && cue.SliceOf(text).SequenceEqual(word));
    }

    [Fact]
    public void A_report_noun_after_a_preposition_still_reports_its_clause()
    {
        const string text = "The mayor took offence at claims that he had lied.";
        var proposal = Assert.Single(Proposals(text), p => p.Cue is { } cue && cue.SliceOf(text).SequenceEqual("claims"));
        Assert.Equal("he had lied", proposal.Content.SliceOf(text).ToString());
    }

    [Fact]
    public void A_poll_later_in_the_sentence_is_the_source_of_the_clause_before_it()
    {
        const string text = "The mayor led her rival by nine points in a Harbour Gazette poll released Monday.";
        var proposal = Assert.Single(Proposals(text), p => p.Rule == AttributionRule.InPollPhrase);
        Assert.Equal("a Harbour Gazette poll", proposal.Source!.Value.SliceOf(text).ToString());
        Assert.Equal("The mayor led her rival by nine points", proposal.Content.SliceOf(text).ToString());
        Assert.DoesNotContain(Proposals("The mayor led her rival by nine points in the first round of voting."), p => p.Rule == AttributionRule.InPollPhrase);
    }

    [Theory]
    [InlineData("The council met on Monday, and all but two said the ferry should run twice a day.", "all but two")]
    public void A_cue_without_an_accepted_subject_proposes_the_words_before_it(string text, string source)
    {
        var proposal = Assert.Single(Proposals(text), p => p.Rule == AttributionRule.VerbAnySubject);
        Assert.Equal(source, proposal.Source!.Value.SliceOf(text).ToString());
        Assert.Equal("said", proposal.Cue!.Value.SliceOf(text).ToString());
        Assert.Equal("the ferry should run twice a day", proposal.Content.SliceOf(text).ToString().TrimEnd('.'));
        Assert.True(proposal.Weak);
    }

    [Fact]
    public void A_report_the_cue_rules_found_is_not_proposed_again()
    {
        const string text = "The mayor said that the new road would open in May.";
        var proposals = Proposals(text);
        Assert.Contains(proposals, p => p.Rule == AttributionRule.VerbSubject);
        Assert.DoesNotContain(proposals, p => p.Rule >= AttributionRule.FrameThat);
    }

    [Fact]
    public void The_filter_judges_shape_proposals_by_their_own_threshold()
    {
        var candidate = new FoundAttribution(new Span(0, 4), AttributionKind.Indirect, new Span(0, 2), new Span(2, 3), Rule: AttributionRule.FrameThat, Weak: true);
        Assert.Equal(0.7, AttributionFilter.ThresholdFor(candidate, 0.2, 0.3, 0.7));
        Assert.Equal(0.3, AttributionFilter.ThresholdFor(candidate with { Rule = AttributionRule.VerbSubject }, 0.2, 0.3, 0.7));
        Assert.InRange(AttributionFilter.Default.FrameThreshold, 0.01, 2.0);
    }

    private static List<FoundAttribution> Proposals(string text)
    {
        var document = TextDocument.Parse(text);
        var quotes = QuoteFinder.Find(text);
        var finder = new AttributionFinder(CueLexicon.Default, ClaimExtractor.MinCueStrength, CueModel.Default, ClaimExtractor.MinCueProbability, proposeProbability: 0.25);
        return finder.Propose(document, quotes, AttributionFinder.MapTokensToQuotes(document, quotes));
    }
}

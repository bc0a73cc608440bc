using NewsAnalysis.Analysis.Claims;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Claims;

// Who speaks: the phrase the finder proposes as a report's source, and whether the filter sees it as nested in
// another report's speech.
public sealed class SourcePhraseTests
{
    [Theory]
    [InlineData("\"The pumps were never tested,\" said a former senior water board official.", "a former senior water board official")]
    [InlineData("\"The pumps were never tested,\" said one former senior engineer. \"Nobody checked.\"", "one former senior engineer")]
    [InlineData("\"The pumps will fail,\" said one of the engineers, who asked not to be named.", "one of the engineers")]
    [InlineData("The harbour will close for the winter, a source close to him said.", "a source close to him")]
    [InlineData("Farmers who want to drain the marsh said the pumps would fail.", "Farmers")]
    [InlineData("A council engineer who spoke anonymously to discuss the budget said the pumps would fail.", "A council engineer")]
    [InlineData("On Monday, Sen. Ada Lind (D-Ore.), said the pumps would fail.", "Sen. Ada Lind")]
    [InlineData("HARBOURTON - Water board engineer Ada Lind said the pumps would fail.", "Water board engineer Ada Lind")]
    [InlineData("HARBOURTON, March 3 - Ada Lind, the board's engineer, said the pumps would fail.", "Ada Lind")]
    public void The_speaker_is_the_whole_phrase(string text, string source)
    {
        Assert.Contains(Proposals(text), p => p.Cue is { } cue && cue.SliceOf(text) is "said" && p.Source!.Value.SliceOf(text).ToString() == source);
    }

    [Theory]
    [InlineData("The head of the ferry company said fares would rise in May.", "said", "The head of the ferry company")]
    [InlineData("People close to him say the mayor will run again.", "say", "People close to him")]
    [InlineData("According to Harbour Board Ambassador to the Netherlands Ana Ruiz, the ferry will run twice a day.", "According to", "Harbour Board Ambassador to the Netherlands Ana Ruiz")]
    [InlineData("As Ms. Reyes put it in a statement to reporters on Monday, the ferry will run twice a day.", "put it", "Ms. Reyes")]
    public void Proximity_and_as_put_it_speakers(string text, string cue, string source)
    {
        Assert.Contains(Proposals(text), p => p.Cue is { } c && c.SliceOf(text).ToString() == cue && p.Source!.Value.SliceOf(text).ToString() == source);
    }

    // The one filmed speaks, not the channel; the speaker comes before the medium he spoke in.
    [Theory]
    [InlineData("The channel aired footage of Trump saying the election was rigged against him.", "saying", "Trump", "the election was rigged against him")]
    [InlineData("Mayor Adeyemi in a radio interview called the stadium plan a waste of public money.", "called", "Mayor Adeyemi", "the stadium plan a waste of public money")]
    public void The_speaker_is_the_one_who_spoke_not_the_medium(string text, string cueText, string source, string content)
    {
        var proposal = Assert.Single(Proposals(text), p => p.Cue is { } cue && cue.SliceOf(text).SequenceEqual(cueText));
        Assert.Equal(source, proposal.Source!.Value.SliceOf(text).ToString());
        Assert.Equal(content, proposal.Content.SliceOf(text).ToString());
    }

    [Theory]
    [InlineData("In the harbour poll, 57 percent back the ferry while 61 percent say the fares are too high.", "61 percent")]
    [InlineData("About one in five say the ferry should stop running in winter.", "one in five")]
    [InlineData("Asked about the pier, 47% say the council should rebuild it.", "47%")]
    [InlineData("One in three say the ferry should run twice a day.", "One in three")]
    public void A_share_of_those_asked_is_a_subject(string text, string source)
    {
        Assert.Contains(Proposals(text), p => p.Cue is { } cue && cue.SliceOf(text) is "say" && p.Source!.Value.SliceOf(text).ToString() == source);
    }

    [Theory]
    [InlineData("Among ferry users, about two-thirds, 67 percent, say the fares are too high.", "say", "67 percent", "VerbSubject")]
    [InlineData("While one survey says the pier is safe, another says it needs repairs.", "says", "another", "VerbSubject")]
    [InlineData("The mayor gained ground, with 30 percent of voters saying they trust her.", "saying", "30 percent of voters", "WithParticiple")]
    [InlineData("Most shrugged off the vote, with three in 10 saying the ferry did not matter.", "saying", "three in 10", "WithParticiple")]
    public void Counted_speakers_and_with_phrases_speak(string text, string cue, string source, string rule)
    {
        Assert.Contains(Proposals(text), p => p.Cue is { } c && c.SliceOf(text).ToString() == cue
            && p.Source!.Value.SliceOf(text).ToString() == source && p.Rule == Enum.Parse<AttributionRule>(rule));
    }

    [Theory]
    [InlineData("He gave money to groups backing the harbour levy.", "backing", "groups")]
    [InlineData("Donors gave to a super PAC supporting the mayor.", "supporting", "a super PAC")]
    public void A_participle_after_a_noun_gives_the_noun_a_stance(string text, string cue, string source)
    {
        Assert.Contains(Proposals(text), p => p.Cue is { } c && c.SliceOf(text).ToString() == cue
            && p.Source!.Value.SliceOf(text).ToString() == source && p.Rule == AttributionRule.GerundModifier);
    }

    [Fact]
    public void A_participle_after_a_verb_or_a_pronoun_is_no_stance_of_a_noun()
    {
        Assert.DoesNotContain(Proposals("The museum is seeking new donors, and they keep urging others to give."), p => p.Rule == AttributionRule.GerundModifier);
    }

    [Fact]
    public void A_with_phrase_without_a_participle_is_no_report()
    {
        Assert.DoesNotContain(Proposals("The bill passed with one vote to spare, and the ferry will run."), p => p.Rule == AttributionRule.WithParticiple);
    }

    [Theory]
    [InlineData("New polls released Sunday showed the mayor taking a lead in the race.", "New polls")]
    [InlineData("She remains popular in a county where polls show the mayor trailing by nine points.", "polls")]
    [InlineData("A Harbour Gazette poll on Wednesday showed the mayor with her lowest rating yet.", "A Harbour Gazette poll")]
    public void A_poll_shows_what_it_found(string text, string source)
    {
        Assert.Contains(Proposals(text), p => p.Cue is { } cue && cue.SliceOf(text) is "show" or "showed" && p.Source!.Value.SliceOf(text).ToString() == source);
    }

    [Theory]
    [InlineData("The harbour index rose 13.30 points to 3894.60 on thin volume.", "points")]
    [InlineData("The ferry fund added 1,200 claims to its list in March.", "claims")]
    public void A_plural_after_digits_is_a_noun_not_a_report(string text, string word)
    {
        Assert.DoesNotContain(Proposals(text), p => p.Cue is { } cue && cue.SliceOf(text).ToString() == word);
    }

    [Fact]
    public void Shows_that_are_not_documents_show_nothing()
    {
        const string text = "The television shows on Sunday showed the mayor at the pier.";
        Assert.DoesNotContain(Proposals(text), p => p.Cue is { } cue && cue.SliceOf(text) is "showed");
    }

    [Theory]
    [InlineData("As the harbour master put it, the ferry will never make money.", "AsPutIt", "the harbour master", "put it", "the ferry will never make money")]
    [InlineData("The ferry will never make money, as one councillor put it.", "AsPutIt", "one councillor", "put it", "The ferry will never make money")]
    [InlineData("As Ada Lind, the harbour master, put it: \"The ferry will never make money.\"", "AsPutIt", "Ada Lind, the harbour master", "put it", "The ferry will never make money.")]
    [InlineData("In Lind's view, the ferry will never make money.", "InView", "Lind's", "In Lind's view", "the ferry will never make money")]
    [InlineData("The ferry will never make money, in their view.", "InView", "their", "in their view", "The ferry will never make money")]
    public void A_phrase_names_whose_view_the_clause_is(string text, string rule, string source, string cue, string content)
    {
        var proposal = Assert.Single(Proposals(text), p => p.Rule == Enum.Parse<AttributionRule>(rule));
        Assert.Equal(source, proposal.Source!.Value.SliceOf(text).ToString());
        Assert.Equal(cue, proposal.Cue!.Value.SliceOf(text).ToString());
        Assert.Equal(content.TrimEnd('.'), proposal.Content.SliceOf(text).ToString().TrimEnd('.'));
    }

    [Theory]
    [InlineData("The dispute burst into public view on Tuesday.")]
    [InlineData("As the storm approached, the crews put it off until Friday.")]
    [InlineData("The council put it to a vote, as the rules demand.")]
    [InlineData("The ferry rose, as the storm approached and the crews put it off.")]
    public void Views_and_put_it_need_their_holder(string text)
    {
        Assert.DoesNotContain(Proposals(text), p => p.Rule is AttributionRule.AsPutIt or AttributionRule.InView);
    }

    [Theory]
    [InlineData("A pastor who met him when he said grace thanked the crowd.")]
    [InlineData("The engineers who built the dam said the pumps would fail.")]
    public void A_relative_clause_does_not_take_the_subject_of_its_own_verb(string text)
    {
        // "he said" inside the clause keeps its own subject; "The engineers who built the dam" is the speaker, not "the dam".
        Assert.DoesNotContain(Proposals(text), p => p.Source!.Value.SliceOf(text) is "the dam" or "A pastor");
    }

    [Theory]
    [InlineData("The paper wrote that officials said the dam would fail.", true)]
    [InlineData("The paper wrote, \"Officials said the dam would fail.\"", true)]
    [InlineData("The paper wrote officials said the dam would fail.", true)]
    [InlineData("The board plans to close the road because officials said the dam would fail.", false)]
    [InlineData("Officials said the dam would fail.", false)]
    public void A_report_in_another_reports_speech_is_nested(string text, bool nested)
    {
        var document = TextDocument.Parse(text);
        var quotes = QuoteFinder.Find(text);
        var quoteOf = AttributionFinder.MapTokensToQuotes(document, quotes);
        var proposals = Proposals(text);
        var features = new AttributionFeatures(document, quoteOf, proposals, [], CueLexicon.Default);
        var officials = text.IndexOf("fficials", StringComparison.Ordinal) - 1;
        Assert.Equal(nested, features.NestingOf(new Span(officials, officials + 9)).Nested);
    }

    [Fact]
    public void The_filter_sees_whether_the_article_keeps_quoting_the_same_speaker()
    {
        const string text = "The mayor said the ferry would run. The mayor said the fares would fall. The mayor said the pier would reopen. "
            + "The mayor said the bridge was safe. The mayor said the tolls would stay. The clerk said the office was closed.";
        var document = TextDocument.Parse(text);
        var quotes = QuoteFinder.Find(text);
        var quoteOf = AttributionFinder.MapTokensToQuotes(document, quotes);
        var proposals = Proposals(text);
        Assert.Equal(6, proposals.Count);
        var features = new AttributionFeatures(document, quoteOf, proposals, [], CueLexicon.Default);
        List<int> mayor = [], clerk = [];
        features.Extract(proposals[0], mayor);
        features.Extract(proposals[5], clerk);
        // Same rule, cue, shape and length: the speakers differ in how often the article quotes them, and in their head word.
        var onlyMayor = mayor.Except(clerk).Count();
        var alone = new AttributionFeatures(document, quoteOf, [proposals[0]], [], CueLexicon.Default);
        List<int> mayorAlone = [];
        alone.Extract(proposals[0], mayorAlone);
        Assert.NotEqual(mayor.Order(), mayorAlone.Order());
        Assert.True(onlyMayor >= 3);
    }

    [Fact]
    public void A_signature_after_a_misprinted_opening_mark_names_the_speaker()
    {
        const string text = "Readers wrote in.\n\n”Fear. I am truly afraid that the ferry will stop for good.” ― Ada G. Lind\n“The pier is the heart of the town and it must stay open.” ― Bo Park";
        var claims = ArticleAnalyzer.Default.Analyze(text).Claims.Where(c => c.Attribution.Source is not null).ToList();
        Assert.Contains(claims, c => c.Attribution.Source!.Span.Of(text) == "Ada G. Lind");
        Assert.Contains(claims, c => c.Attribution.Source!.Span.Of(text) == "Bo Park");
    }

    [Fact]
    public void A_year_after_its_preposition_is_not_part_of_the_speaker()
    {
        const string text = "In 2004 harbour officials said the routes would close.";

        Assert.Contains(Proposals(text), p => p.Source!.Value.SliceOf(text) is "harbour officials");
    }

    [Fact]
    public void A_verb_that_carries_an_infinitive_signs_no_quotation()
    {
        const string text = "The agency said it was \"plain\" the ferry continued to be unsafe.";

        Assert.DoesNotContain(Proposals(text), p => p.Cue is { } cue && cue.SliceOf(text) is "continued" && p.Content.SliceOf(text) is "plain");
    }

    [Theory]
    [InlineData("Hours later, the harbour master returned to the pier, telling reporters the ferry would run again.", "the harbour master")]
    [InlineData("Throughout the winter, the ferry crews stayed on the pier, insisting the pier was safe.", "the ferry crews")]
    [InlineData("A few minutes later, the mayor left the hall, saying the vote was over.", "the mayor")]
    [InlineData("The day before, at a rally in Dunmore, Ore., the mayor spoke for an hour, arguing the levy was fair.", "the mayor")]
    public void An_opening_phrase_is_not_the_subject_of_its_clause(string text, string source)
    {
        var proposals = Proposals(text);
        Assert.Contains(proposals, p => p.Rule == AttributionRule.VerbClauseSubject && p.Source!.Value.SliceOf(text).ToString() == source);
    }

    [Theory]
    [InlineData("The mayor said the pier was safe, offering the crews a bonus for their work.", "offering", "The mayor")]
    [InlineData("The harbour master said the ferry would run, answering questions from the crews for an hour.", "answering", "The harbour master")]
    [InlineData("The mayor said she would rebuild the pier, talking about the storm for an hour.", "talking", "The mayor")]
    public void A_seldom_marked_participle_after_a_comma_is_proposed_for_the_clause_subject(string text, string cue, string source)
    {
        Assert.Contains(Proposals(text), p => p.Cue is { } c && c.SliceOf(text).ToString() == cue
            && p.Source!.Value.SliceOf(text).ToString() == source);
    }

    [Theory]
    [InlineData("The mayor on a Tuesday acknowledged that the pier was unsafe.", "acknowledged")]
    [InlineData("The harbour master at the time said the ferry would stop.", "said")]
    [InlineData("Thursday, asked about the pier, said nothing had been decided.", "said")]
    public void A_time_is_no_speaker(string text, string cue)
    {
        var document = TextDocument.Parse(text);
        var quotes = QuoteFinder.Find(text);
        var finder = new AttributionFinder(CueLexicon.Default, ClaimExtractor.MinCueStrength, CueModel.Default, ClaimExtractor.MinCueProbability, proposeProbability: 0.25);
        var found = finder.Propose(document, quotes, AttributionFinder.MapTokensToQuotes(document, quotes));

        Assert.DoesNotContain(found, p => p.Cue is { } c && c.SliceOf(text).ToString() == cue && p.Source is { } s
            && s.SliceOf(text).ToString() is "a Tuesday" or "the time" or "Thursday");
    }

    private static List<FoundAttribution> Proposals(string text)
    {
        var document = TextDocument.Parse(text);
        var quotes = QuoteFinder.Find(text);
        var finder = new AttributionFinder(CueLexicon.Default, ClaimExtractor.MinCueStrength, CueModel.Default, ClaimExtractor.MinCueProbability, proposeProbability: 0.25);
        return [.. finder.Propose(document, quotes, AttributionFinder.MapTokensToQuotes(document, quotes)).Where(p => p.Source is not null)];
    }
}

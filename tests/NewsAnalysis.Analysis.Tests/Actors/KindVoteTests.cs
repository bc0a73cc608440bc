using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Actors;

public class KindVoteTests
{
    private static readonly KindVote Vote = new(new KindEvidence(EntityRecognizer.LoadDefault().Model!.Gazetteer));

    [Fact]
    public void Every_mention_of_a_written_name_takes_the_kind_most_of_them_have()
    {
        var text = "The US said no. Then US troops left. Later the US agreed.";
        var names = Names(text, ("US", ActorKind.Location, false), ("US", ActorKind.Organization, false), ("US", ActorKind.Location, false));

        Vote.Apply(TextDocument.Parse(text), names);

        Assert.All(names, n => Assert.Equal(ActorKind.Location, n.Kind));
    }

    [Fact]
    public void A_kind_the_context_says_outweighs_the_recognisers_guesses()
    {
        var text = "The US said no. Then US shares fell. Later the US agreed.";
        var names = Names(text, ("US", ActorKind.Location, false), ("US", ActorKind.Organization, true), ("US", ActorKind.Location, false));

        Vote.Apply(TextDocument.Parse(text), names);

        Assert.All(names, n => Assert.Equal(ActorKind.Organization, n.Kind));
    }

    [Fact]
    public void A_tie_goes_to_the_kind_written_first()
    {
        var text = "The US said no. Later the US agreed.";
        var names = Names(text, ("US", ActorKind.Organization, false), ("US", ActorKind.Location, false));

        Vote.Apply(TextDocument.Parse(text), names);

        Assert.All(names, n => Assert.Equal(ActorKind.Organization, n.Kind));
    }

    [Fact]
    public void In_a_line_without_lower_case_the_recogniser_keeps_place_and_organisation_apart()
    {
        var text = "Chicago won the game. CHICAGO 70 62. Chicago fans cheered.";
        var names = Names(text, ("Chicago", ActorKind.Location, false), ("CHICAGO", ActorKind.Organization, false), ("Chicago", ActorKind.Location, false));

        Vote.Apply(TextDocument.Parse(text), names);

        Assert.Equal([ActorKind.Location, ActorKind.Organization, ActorKind.Location], names.Select(n => n.Kind));
    }

    [Fact]
    public void A_one_word_name_spelling_an_organisations_initials_is_that_organisation()
    {
        var text = "The Internet Corporation for Assigned Names and Numbers met. Icann said no.";
        var names = Names(text, ("Internet Corporation for Assigned Names and Numbers", ActorKind.Organization, false), ("Icann", ActorKind.Person, false));

        Vote.Apply(TextDocument.Parse(text), names);

        Assert.Equal(ActorKind.Organization, names[1].Kind);
        Assert.True(names[1].KindFromContext);
    }

    [Fact]
    public void A_one_word_person_put_after_in_or_near_twice_is_a_place()
    {
        var text = "Pilgrims arrive in Mecca. A crane fell near Mecca. Mecca mourned.";
        var names = Names(text, ("Mecca", ActorKind.Person, false), ("Mecca", ActorKind.Person, false), ("Mecca", ActorKind.Person, false));

        Vote.Apply(TextDocument.Parse(text), names);

        Assert.All(names, n => Assert.Equal(ActorKind.Location, n.Kind));
    }

    [Fact]
    public void A_one_word_person_opening_an_organisations_full_name_is_that_organisation()
    {
        var text = "Zorblat Set for Debut\nShares of Zorblat Inc. will trade on Friday.";
        var names = Names(text, ("Zorblat", ActorKind.Person, false), ("Zorblat Inc.", ActorKind.Organization, false));

        Vote.Apply(TextDocument.Parse(text), names);

        Assert.Equal(ActorKind.Organization, names[0].Kind);
    }

    [Fact]
    public void A_club_named_by_its_city_is_also_named_by_its_last_word()
    {
        var text = "Quokkas Back Out for Season\nDenver Quokkas running back Tim Smith will miss the season.";
        var names = Names(text, ("Quokkas", ActorKind.Person, false), ("Denver Quokkas", ActorKind.Organization, false), ("Tim Smith", ActorKind.Person, false));

        Vote.Apply(TextDocument.Parse(text), names);

        Assert.Equal(ActorKind.Organization, names[0].Kind);
        Assert.Equal(ActorKind.Person, names[2].Kind);
    }

    [Fact]
    public void The_surname_of_a_person_named_in_full_stays_a_person_beside_a_company_of_that_word()
    {
        var text = "Harrison Ford visited Ford Motor Co. on Monday. Ford said he liked the cars.";
        var names = Names(text, ("Harrison Ford", ActorKind.Person, false), ("Ford Motor Co.", ActorKind.Organization, false), ("Ford", ActorKind.Person, false));

        Vote.Apply(TextDocument.Parse(text), names);

        Assert.Equal(ActorKind.Person, names[2].Kind);
    }

    // The names in text order, each surface found after the one before; its case as written, so "CHICAGO" and "Chicago"
    // are the same written name.
    private static List<NameMention> Names(string text, params (string Surface, ActorKind Kind, bool FromContext)[] names)
    {
        var document = TextDocument.Parse(text);
        var tokens = document.Tokens.ToList();
        var result = new List<NameMention>();
        var from = 0;
        foreach (var (surface, kind, fromContext) in names)
        {
            var start = text.IndexOf(surface, from, StringComparison.Ordinal);
            from = start + surface.Length;
            var first = tokens.FindIndex(t => t.Span.Start == start);
            var end = tokens.FindIndex(t => t.Span.End == from) + 1;
            var words = Enumerable.Range(first, end - first).Select(i => NameTokens.Normalize(document.TokenChars(i))).ToArray();
            result.Add(new NameMention(first, end, kind, words, new Span(start, from)) { KindFromContext = fromContext });
        }

        return result;
    }
}

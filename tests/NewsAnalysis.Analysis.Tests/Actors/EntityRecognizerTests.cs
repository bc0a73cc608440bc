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

    [Theory]
    [InlineData("Music news\n\nAntonio \"LA\" Reid, chairman of the label, said he was delighted.", "Antonio \"LA\" Reid")]
    [InlineData("Music news\n\nGuitarist Brian 'Head' Welch told fans he was leaving the band.", "Brian 'Head' Welch")]
    [InlineData("Crime news\n\nJoaquin “El Chapo” Guzman was sentenced on Wednesday.", "Joaquin “El Chapo” Guzman")]
    public void A_quoted_nickname_inside_a_name_is_one_person(string text, string name)
    {
        var document = TextDocument.Parse(text);

        var found = Recognizer.Recognize(document).Where(e => e.Span.Of(text).Contains(name.Split(' ')[0], StringComparison.Ordinal)).ToList();

        Assert.Equal(name + ":Person", string.Join('|', found.Select(e => e.Span.Of(text) + ":" + e.Kind)));
    }

    [Theory]
    [InlineData("The Biden administration said on Tuesday it would send more aid.", "Biden")]
    [InlineData("Officials of the Starmer government in London stayed silent.", "Starmer")]
    [InlineData("A spokesman for the Macron campaign declined to comment.", "Macron")]
    public void A_name_before_administration_or_government_is_the_person_leading_it(string text, string name)
    {
        var document = TextDocument.Parse(text);

        var found = Recognizer.Recognize(document).Single(e => e.Span.Of(text) == name);

        Assert.Equal(ActorKind.Person, found.Kind);
    }

    // A street, bridge or river names a place; a given name before "Bridge" keeps a person.
    [Theory]
    [InlineData("Army news\n\nDowning Street has confirmed British troops are on standby in case they are needed.", "Downing Street", ActorKind.Location)]
    [InlineData("City news\n\nFloods closed roads near the River Tyne on Monday.", "River Tyne", ActorKind.Location)]
    [InlineData("Football news\n\nChelsea defender Wayne Bridge was injured in training on Friday.", "Wayne Bridge", ActorKind.Person)]
    public void A_place_head_word_makes_a_place_unless_a_given_name_opens_the_name(string text, string name, ActorKind kind)
    {
        var document = TextDocument.Parse(text);

        var found = Recognizer.Recognize(document).Single(e => e.Span.Of(text).EndsWith(name, StringComparison.Ordinal));

        Assert.Equal(kind, found.Kind);
    }

    [Theory]
    [InlineData("Trade news\n\nPresident Bush met the Japanese prime minister in Tokyo on Friday.", "Bush")]
    [InlineData("Farm news\n\nThe plan was backed by Senator Rice on Tuesday, aides said.", "Rice")]
    public void A_common_word_after_a_persons_title_is_a_person(string text, string name)
    {
        var document = TextDocument.Parse(text);

        // The title may stay in the recogniser's span; the resolver takes it off the actor's name.
        var found = Recognizer.Recognize(document).Single(e => e.Span.Of(text).EndsWith(name, StringComparison.Ordinal));

        Assert.Equal(ActorKind.Person, found.Kind);
    }

    [Theory]
    [InlineData("Farm news\n\nRice, 67, said the plan had failed.", "Rice")]
    [InlineData("Vote news\n\nTrump, 78, has repeatedly claimed the election was stolen.", "Trump")]
    [InlineData("Palace news\n\nOne resident, Mark, 52, said the prince was down to earth.", "Mark")]
    public void A_word_set_off_by_an_age_is_a_person(string text, string name) =>
        Assert.Equal(ActorKind.Person, KindOf(text, name));

    [Theory]
    [InlineData("Thames Water has been fined £123m for breaches of rules on sewage and dividends. Ofwat said the company had failed to operate its works. Thames said it was committed to change.", "Ofwat", ActorKind.Organization)]
    [InlineData("Snow news\n\nDrivers were urged to plan their journeys carefully. ScotRail said some services would be cancelled on Thursday.", "ScotRail", ActorKind.Organization)]
    [InlineData("The plan was announced on Monday by Sarah Reyes. Reyes said the company had failed. Others disagreed.", "Reyes", ActorKind.Person)]
    public void A_word_no_list_knows_in_lower_case_opening_a_sentence_before_said_is_a_name(string text, string name, ActorKind kind) =>
        Assert.Equal(kind, KindOf(text, name));

    [Theory]
    [InlineData("Crash news\n\nA bus left the road near the bridge. Eyewitnesses said the driver had swerved.", "Eyewitnesses")]
    [InlineData("Vote news\n\nThe bill passed on Tuesday. Lawmakers said the vote was close.", "Lawmakers")]
    public void A_plural_noun_opening_a_sentence_before_said_is_no_name(string text, string word) =>
        Assert.DoesNotContain(word, Found(text));

    [Theory]
    [InlineData("Storm news\n\nPORTO ALEGRE, Brazil (AP) — Torrential rains in southern Brazil have killed at least 41 people.", "Torrential")]
    [InlineData("Market news\n\nKESTRIA CITY (Reuters) - Sweeping changes to the pension system were announced on Friday.", "Sweeping")]
    public void The_first_word_after_a_wire_dateline_opens_a_sentence(string text, string word) =>
        Assert.DoesNotContain(word, Found(text));

    [Theory]
    [InlineData("Storm news\n\nFloods hit Rio Grande do Sul on Monday, and rivers rose in Mato Grosso do Sul.", "Rio Grande do Sul:Location|Mato Grosso do Sul:Location")]
    [InlineData("Vote news\n\nPresident Luiz Inácio Lula da Silva flew over the state.", "Luiz Inácio Lula da Silva:Person")]
    [InlineData("War news\n\nThe spokesman told Al Jazeera the talks had failed.", "Al Jazeera:Organization")]
    public void A_particle_between_capitalised_words_is_inside_the_name(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', NamesWithKinds(text)));

    [Theory]
    [InlineData("The 45-year-old, who has not been named, was taken to hospital with serious injuries, West Yorkshire Police said.", "West Yorkshire Police:Organization")]
    [InlineData("The man was taken to hospital, West Midlands Police said.", "West Midlands Police:Organization")]
    [InlineData("The man was taken to hospital, Greater Manchester Police said.", "Greater Manchester Police:Organization")]
    [InlineData("Methane is the second-biggest cause of warming, according to the Intergovernmental Panel on Climate Change.", "Intergovernmental Panel on Climate Change:Organization")]
    [InlineData("The Electoral Commission on Thursday said the question was clear.", "Electoral Commission:Organization")]
    [InlineData("Number 10 said the prime minister had full confidence in the chancellor.", "Number 10:Organization")]
    public void A_police_force_a_body_on_something_or_number_ten_is_one_name(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', NamesWithKinds(text)));

    [Fact]
    public void The_agency_signing_a_wire_story_is_an_organisation()
    {
        const string text = "Harbour news\n\nThe ferry will run again in May, the port said on Monday.\n Reuter";

        var found = Recognizer.Recognize(TextDocument.Parse(text)).Single(e => e.Span.Of(text) == "Reuter");

        Assert.Equal(ActorKind.Organization, found.Kind);
    }

    [Fact]
    public void A_persons_surname_before_of_and_an_organisation_is_two_names()
    {
        const string text = "Housing news\n\nSales fell in May, said Cynthia Latta of Data Resources. Latta of Data Resources said "
            + "sales of new condominiums in the north would recover.";

        var found = NamesWithKinds(text);

        Assert.DoesNotContain(found, name => name.StartsWith("Latta of", StringComparison.Ordinal));
        Assert.Contains("Latta:Person", found);
    }

    [Theory]
    [InlineData("Dr Rachel Okafor, a neurologist at King's College London, said it was a step forward.", "King's College London")]
    [InlineData("The Pakistan People's Party won the vote.", "Pakistan People's Party")]
    [InlineData("The Women's Tennis Association fined her.", "Women's Tennis Association")]
    public void A_title_or_a_people_before_a_possessive_opens_the_institutions_name(string text, string name)
    {
        var found = NamesWithKinds(text);

        Assert.Contains(name + ":Organization", found);
    }

    [Fact]
    public void One_word_names_listed_with_commas_and_and_are_as_many_names()
    {
        const string text = "Microsoft, Google and Amazon together spent more than $150bn on capital projects last year.";

        var found = Recognizer.Recognize(TextDocument.Parse(text)).Select(e => e.Span.Of(text)).ToList();

        Assert.Equal(["Microsoft", "Google", "Amazon"], found);
    }

    [Theory]
    [InlineData("Election news\n\nThe seat went to Maria Gomez of Civic Party after a recount on Monday.", "Maria Gomez")]
    [InlineData("Flag news\n\nThe plan was backed by Washington Chris Gregoire on Tuesday.", "Chris Gregoire")]
    public void A_person_run_into_an_organisation_or_a_place_is_a_name_of_its_own(string text, string person)
    {
        var found = NamesWithKinds(text);

        Assert.Contains(person + ":Person", found);
    }

    [Theory]
    [InlineData("Bank news\n\nShares in the Royal Bank of Scotland rose on Monday.", "Royal Bank")]
    [InlineData("Hotel news\n\nThe Nairobi Serena Hotel reopened on Monday.", "Serena Hotel")]
    public void An_organisations_words_are_no_person(string text, string words)
    {
        var found = NamesWithKinds(text);

        Assert.DoesNotContain(words + ":Person", found);
    }

    [Fact]
    public void Faiths_and_their_followers_are_no_places()
    {
        const string text = "Faith news\n\nMuslims and Christians marched together in the town, and leaders of Islam spoke.";

        var found = Recognizer.Recognize(TextDocument.Parse(text)).Where(e => e.Span.Of(text) is "Muslims" or "Islam").ToList();

        Assert.NotEmpty(found);
        Assert.All(found, e => Assert.Equal(ActorKind.Other, e.Kind));
    }

    [Fact]
    public void A_caption_credit_gives_the_name_alone_and_splits_account_from_owner()
    {
        const string text = "School news\n\nPresident Maria Gomez thanked the pupils on Monday.\n\nThe pupil Ada Lind Image: Twitter / Maria Gomez.";

        var found = Recognizer.Recognize(TextDocument.Parse(text)).Select(e => e.Span.Of(text)).ToList();

        Assert.DoesNotContain(found, name => name.EndsWith("Image", StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal));
    }

    [Fact]
    public void A_hyphenated_word_before_a_name_describes_it()
    {
        const string text = "Deal news\n\nColoroll said it will buy Miami-based Wallco for 20 million dollars. Miami-based Wallco said it was pleased.";

        var found = NamesWithKinds(text);

        Assert.DoesNotContain(found, name => name.StartsWith("Miami-based", StringComparison.Ordinal));
        Assert.DoesNotContain("Wallco:Person", found);
    }

    [Theory]
    [InlineData("Travel news\n\n\"We will fight this law,\" Ryanair deputy chief executive Ada Lind told reporters.", "Ryanair")]
    [InlineData("Bank news\n\n\"Rates will rise,\" Citigroup senior economist Ada Lind added.", "Citigroup")]
    public void A_listed_company_is_no_other(string text, string company)
    {
        var found = Recognizer.Recognize(TextDocument.Parse(text)).Single(e => e.Span.Of(text) == company);

        Assert.Equal(ActorKind.Organization, found.Kind);
    }

    [Theory]
    [InlineData("Tech news\n\nShares of Google rose after the search company beat forecasts.", "Google")]
    [InlineData("World news\n\nHezbollah fighters crossed the border on Monday.", "Hezbollah")]
    public void Organisations_1996_news_never_named_are_organisations(string text, string name)
    {
        var found = Recognizer.Recognize(TextDocument.Parse(text)).Single(e => e.Span.Of(text) == name);

        Assert.Equal(ActorKind.Organization, found.Kind);
    }

    [Fact]
    public void A_rank_before_a_title_is_no_part_of_the_organisation()
    {
        const string text = "Harbour news\n\nHarbour Ferry Board Vice Chairman Ada Lind said the ferry would run in May.";

        var found = Recognizer.Recognize(TextDocument.Parse(text)).Select(e => e.Span.Of(text)).ToList();

        Assert.DoesNotContain(found, name => name.EndsWith("Vice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_after_an_organisations_head_word_is_no_part_of_it()
    {
        const string text = "Harbour news\n\nAda Lind, the Harbour Department Spokesperson, said the ferry would run in May.";

        var found = Recognizer.Recognize(TextDocument.Parse(text)).Select(e => e.Span.Of(text)).ToList();

        Assert.DoesNotContain(found, name => name.EndsWith("Spokesperson", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Film news\n\nThe DVD has a Making Of feature and the Lord Of the Rings trailer.", "Of")]
    [InlineData("Sport news\n\nThe deal was agreed with Premier Rugby on Monday.", "Rugby")]
    public void A_word_after_a_title_that_also_names_things_stays_out(string text, string word)
    {
        var document = TextDocument.Parse(text);

        var found = Recognizer.Recognize(document).Where(e => e.Kind == ActorKind.Person).Select(e => e.Span.Of(text));

        Assert.DoesNotContain(word, found);
    }

    [Theory]
    [InlineData("The British government said on Tuesday it would send more aid.", "British")]
    [InlineData("The Kenya government said on Tuesday it would send more aid.", "Kenya")]
    public void A_people_or_a_country_before_government_is_no_person(string text, string name) =>
        Assert.NotEqual(ActorKind.Person, KindOf(text, name));

    [Theory]
    [InlineData("Rail news\n\nRail workers could strike over Christmas, the union has warned.", "Christmas")]
    [InlineData("Shop news\n\nThe chain said its stores would close on Easter Sunday and reopen on Monday.", "Easter Sunday")]
    public void A_holiday_is_no_name(string text, string holiday) =>
        Assert.DoesNotContain(Recognizer.Recognize(TextDocument.Parse(text)), e => e.Span.Of(text).Contains(holiday.Split(' ')[0], StringComparison.Ordinal));

    [Theory]
    [InlineData("Police news\n\nAvon and Somerset Police said the sentence would not bring the victims back.", "Avon and Somerset Police:Organization")]
    [InlineData("Vote news\n\nSenator JD Vance said the aid would only prolong the war.", "JD Vance:Person")]
    [InlineData("Crash news\n\nThe woman was struck by a car at about 23:15 BST on Saturday.", "BST:Other")]
    [InlineData("Storm news\n\nA man died after a tree fell on his van, Police Scotland said.", "Police Scotland:Organization")]
    [InlineData("Flood news\n\nHomes were evacuated after the River South Esk burst its banks on Friday.", "River South Esk:Location")]
    [InlineData("Storm news\n\nThe rain came as Hurricane Milton moved north on Friday.", "Hurricane Milton:Other")]
    [InlineData("Deal news\n\nThe deal includes Ben & Jerry's and Magnum.", "Ben & Jerry:Organization")]
    [InlineData("Film news\n\nShe was nominated for an Oscar for her performance in the film.", "Oscar:Other")]
    [InlineData("Music news\n\nUsher won three Grammys on Sunday.", "Grammys:Other")]
    [InlineData("Paper news\n\nThe paper had previously been owned by Lord Conrad Black's Hollinger International.", "Conrad Black:Person")]
    [InlineData("Insurance news\n\nThe world's biggest insurance broker Marsh & McLennan said last week it would pay $850m.", "Marsh & McLennan:Organization")]
    [InlineData("Riot news\n\nTaoiseach Leo Varadkar said those involved had brought shame on Dublin.", "Leo Varadkar:Person")]
    public void A_name_the_model_splits_or_mistypes_is_mended(string text, string name) =>
        Assert.Contains(name, NamesWithKinds(text));

    [Fact]
    public void An_island_named_after_a_holiday_is_a_place() =>
        Assert.Contains("Christmas Island:Location", NamesWithKinds("Travel news\n\nFlights to Christmas Island resumed on Monday after the storm."));

    // Each name the recogniser finds, as "text:Kind".
    private static List<string> NamesWithKinds(string text) =>
        Recognizer.Recognize(TextDocument.Parse(text)).Select(e => e.Span.Of(text) + ":" + e.Kind).ToList();

    // The kind of the one name the recogniser found with exactly this text.
    private static IEnumerable<string> Found(string text) => Recognizer.Recognize(TextDocument.Parse(text)).Select(e => e.Span.Of(text));

    private static ActorKind KindOf(string text, string name) =>
        Recognizer.Recognize(TextDocument.Parse(text)).Single(e => e.Span.Of(text) == name).Kind;

    [Theory]
    [InlineData("Apple Shares Fall On Weak Sales In China", "Apple")]
    [InlineData("Germany Wins World Cup After Beating Argentina", "Germany")]
    [InlineData("Netanyahu Rejects Truce Deal As Hamas Demands Guarantees", "Netanyahu")]
    public void Title_case_headline_words_stay_out_of_names(string headline, string name)
    {
        var document = TextDocument.Parse(headline);

        var found = Recognizer.Recognize(document).Select(e => e.Span.Of(headline)).ToList();

        Assert.Contains(name, found);
        Assert.All(found, f => Assert.DoesNotContain(f.Split(' '), w => w is "Shares" or "Fall" or "Weak" or "Sales" or "Wins" or "After" or "Beating"
            or "Rejects" or "Truce" or "Deal" or "Demands" or "Guarantees" or "Says" or "Keep" or "Pushing"));
    }

    [Theory]
    [InlineData("IBM Aims New Database at Rivals\nIBM said on Monday that its database would take on Oracle.", "IBM", "Aims")]
    [InlineData("OPEC Increases Oil Output\nThe cartel said on Friday that it would pump more crude.", "OPEC", "Increases")]
    [InlineData("Purdue Beats Michigan\nKyle Orton threw three touchdown passes as Purdue won on Saturday.", "Purdue", "Beats")]
    public void A_short_headline_keeps_only_the_name_the_body_confirms(string text, string name, string word)
    {
        var document = TextDocument.Parse(text);
        var headlineEnd = text.IndexOf('\n', StringComparison.Ordinal);

        var inHeadline = Recognizer.Recognize(document).Where(e => e.Span.End <= headlineEnd).Select(e => e.Span.Of(text)).ToList();

        Assert.Contains(name, inHeadline);
        Assert.DoesNotContain(inHeadline, n => n.Split(' ').Contains(word));
    }

    [Theory]
    [InlineData("Phil Fear Returns\nThe coach said the side had improved.", "Phil Fear")]
    [InlineData("Walter Little Returns\nThe former centre said he would stay.", "Walter Little")]
    public void A_surname_that_is_a_common_word_stays_in_a_headline_name(string text, string name)
    {
        var document = TextDocument.Parse(text);

        Assert.Contains(name, Recognizer.Recognize(document).Select(e => e.Span.Of(text)));
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

public class NerDocumentTests
{
    private static readonly Gazetteer Names = EntityRecognizer.LoadDefault().Model!.Gazetteer;

    [Theory]
    [InlineData("Netanyahu Rejects Truce Offer From Hamas", true)]
    [InlineData("Angela Merkel met Emmanuel Macron in Paris on Monday.", false)]
    [InlineData("German Chancellor Angela Merkel met officials of the European Union in Brussels.", false)]
    public void Title_case_headlines_are_told_from_sentences_full_of_names(string text, bool headline)
    {
        var d = new NerDocument(TextDocument.Parse(text), Names);

        Assert.Equal(headline, d.Flags.All(f => (f & NerDocument.TokenFlags.TitleSentence) != 0));
        Assert.DoesNotContain(d.Flags, f => (f & NerDocument.TokenFlags.CapsSentence) != 0);
    }

    [Fact]
    public void A_word_written_in_lower_case_elsewhere_is_marked_at_the_sentence_start()
    {
        var d = new NerDocument(TextDocument.Parse("Despite the rain, they came. They stayed despite it."), Names);

        Assert.True((d.Flags[0] & NerDocument.TokenFlags.SeenLowerElsewhere) != 0);
        Assert.True((d.Flags[0] & NerDocument.TokenFlags.SentenceStart) != 0);
    }
}

public class WordClustersTests
{
    private static readonly WordClusters Clusters = new(new Dictionary<ulong, ushort>
    {
        [FeatureHash.OfLower("london")] = 9,
        [FeatureHash.OfLower("paris")] = 0,
    });

    [Fact]
    public void A_known_word_has_its_cluster_whatever_its_case_and_an_unknown_one_none()
    {
        Assert.Equal(10, Clusters.Of(FeatureHash.OfLower("London")));
        Assert.Equal(10, Clusters.Of(FeatureHash.OfLower("LONDON")));
        Assert.Equal(1, Clusters.Of(FeatureHash.OfLower("Paris")));
        Assert.Equal(0, Clusters.Of(FeatureHash.OfLower("Netanyahu")));
        Assert.Equal(3, WordClusters.Coarse(10));
        Assert.Equal(1, WordClusters.Coarse(1));
        Assert.Equal(0, WordClusters.Coarse(0));
    }

    [Fact]
    public void The_shipped_model_carries_clusters_the_documents_use()
    {
        var model = EntityRecognizer.LoadDefault().Model!;
        var d = new NerDocument(TextDocument.Parse("Officials in Paris and Berlin met on Monday."), model.Gazetteer, model.Clusters);

        Assert.True(model.Clusters.Entries.Count > 10000);
        Assert.All(new[] { 2, 4, 7 }, i => Assert.InRange(d.Cluster[i], 1, WordClusters.Fine));
    }
}

public class NerWordIdsTests
{
    private static readonly HashTable Words = new(new Dictionary<ulong, ushort>
    {
        [FeatureHash.OfLower("paris")] = 3,
        [FeatureHash.OfLower("london")] = 5,
    });

    [Fact]
    public void Words_are_numbered_per_document_in_order_of_first_use_and_keep_their_lists()
    {
        var ids = new NerWordIds();
        ulong paris = FeatureHash.OfLower("Paris"), london = FeatureHash.OfLower("London"), unknown = FeatureHash.OfLower("Zqx");

        ids.Begin(Words);
        Assert.Equal(0, ids.IdOf(paris, out var both, out var first));
        Assert.True(first);
        Assert.Equal(3u, both);
        Assert.Equal(1, ids.IdOf(unknown, out both, out first));
        Assert.Equal(0u, both);
        Assert.Equal(0, ids.IdOf(paris, out _, out first));
        Assert.False(first);

        // The next document numbers from 0 again, in its own order; the words met before keep their lists.
        ids.Begin(Words);
        Assert.Equal(0, ids.IdOf(london, out both, out first));
        Assert.True(first);
        Assert.Equal(5u, both);
        Assert.Equal(1, ids.IdOf(paris, out both, out first));
        Assert.True(first);
        Assert.Equal(3u, both);
    }

    [Fact]
    public void Many_words_grow_the_table_without_losing_any()
    {
        var ids = new NerWordIds();
        ids.Begin(Words);
        for (var k = 0; k < 5000; k++)
        {
            Assert.Equal(k, ids.IdOf((ulong)k * 0x9E3779B97F4A7C15UL, out _, out var first));
            Assert.True(first);
        }

        for (var k = 0; k < 5000; k++)
        {
            Assert.Equal(k, ids.IdOf((ulong)k * 0x9E3779B97F4A7C15UL, out _, out var first));
            Assert.False(first);
        }
    }

    [Fact]
    public void A_document_reads_the_same_words_with_a_storage_reused_or_its_own()
    {
        var model = EntityRecognizer.LoadDefault().Model!;
        var storage = new NerDocument.Storage();
        var first = TextDocument.Parse("Officials in Paris and Berlin met on Monday. Paris said so.");
        var second = TextDocument.Parse("Berlin and Rome met in Rome, officials said on Monday.");
        _ = new NerDocument(first, model.Gazetteer, model.Clusters, storage);

        var reused = new NerDocument(second, model.Gazetteer, model.Clusters, storage);
        var reusedWordOf = reused.WordOf[..reused.Count];
        var reusedClusters = reused.Cluster[..reused.Count];
        var reusedLists = Enumerable.Range(0, reused.Count).Select(reused.ListsOf).ToArray();
        var own = new NerDocument(second, model.Gazetteer, model.Clusters);

        Assert.Equal(own.Words, reused.Words);
        Assert.Equal(own.WordOf[..own.Count], reusedWordOf);
        Assert.Equal(own.Cluster[..own.Count], reusedClusters);
        Assert.Equal(Enumerable.Range(0, own.Count).Select(own.ListsOf).ToArray(), reusedLists);
        Assert.Equal(reused.WordOf[2], reused.WordOf[5]);    // "Rome" twice: one number per word
        Assert.NotEqual(reused.WordOf[0], reused.WordOf[2]);
    }
}

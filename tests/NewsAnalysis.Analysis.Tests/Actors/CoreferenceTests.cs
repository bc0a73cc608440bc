using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Actors;

/// <summary>Who a pronoun or nominal names, on invented sentences with the names given (the recogniser is not tested here).</summary>
public class CoreferenceTests
{
    private static readonly EntityRecognizer Recognizer = EntityRecognizer.LoadDefault();

    [Fact]
    public void A_he_said_after_a_quotation_is_not_a_person_named_inside_it()
    {
        var text = "Finance Minister Jaime Ongpin said the talks went well. \"If we get a good reception from President Corazon Aquino, we will go ahead,\" he said.";

        Assert.Equal("Jaime Ongpin", ActorOf(text, "he said", ("Jaime Ongpin", "PER"), ("Corazon Aquino", "PER")));
    }

    [Fact]
    public void A_he_said_after_a_quotation_with_nobody_nearby_is_the_last_speaker()
    {
        var text = "Juan Enrile met the bankers. Jaime Ongpin said the peso would hold. The peso fell on Friday. Banks closed early. \"It will recover,\" he said.";

        Assert.Equal("Jaime Ongpin", ActorOf(text, "he said", ("Juan Enrile", "PER"), ("Jaime Ongpin", "PER")));
    }

    [Fact]
    public void An_it_said_is_not_an_organisation_named_inside_what_was_said()
    {
        var text = "Acme said on Friday that it had bought a stake in Quillco. It also said profits had risen.";

        Assert.Equal("Acme", ActorOf(text, "It also", ("Acme", "ORG"), ("Quillco", "ORG")));
    }

    [Fact]
    public void An_it_added_after_a_quotation_is_the_organisation_that_said_it()
    {
        var text = "\"The border was shelled twice on Thursday,\" said Quillnews. \"The attack deserves punishment,\" it added.";

        Assert.Equal("Quillnews", ActorOf(text, "it added", ("Quillnews", "ORG")));
    }

    [Fact]
    public void An_it_that_reports_after_an_according_to_is_the_organisation_cited()
    {
        var text = "Spam is rising, according to security firm Quillsoft. It has recently seen a rise in fake giveaways.";

        Assert.Equal("Quillsoft", ActorOf(text, "It has", ("Quillsoft", "ORG")));
    }

    [Fact]
    public void An_it_that_does_something_else_after_an_according_to_is_not_the_organisation_cited()
    {
        var text = "The film took $30m, according to industry website Reeltrack. It has taken $65m so far.";

        Assert.Null(ActorOf(text, "It has", ("Reeltrack", "ORG")));
    }

    [Fact]
    public void A_pronoun_inside_a_quotation_is_not_its_speaker()
    {
        var text = "Kevin Allton said, \"Andy Warhol was the center of everything. He is a legend.\"";

        Assert.Equal("Andy Warhol", ActorOf(text, "He is", ("Kevin Allton", "PER"), ("Andy Warhol", "PER")));
    }

    [Fact]
    public void A_leading_clause_pronoun_is_the_subject_after_its_comma()
    {
        var text = "Daniel Montalvo left the group in May. Mark Rathbun wrote about the case. After calling his mother, Montalvo was put through to a lawyer.";

        Assert.Equal("Daniel Montalvo", ActorOf(text, "his mother", ("Daniel Montalvo", "PER"), ("Mark Rathbun", "PER"), ("Montalvo", "PER")));
    }

    [Fact]
    public void A_participle_clause_pronoun_is_the_titled_subject_after_its_comma()
    {
        var text = "The e-mail was sent to Andrew McFadyen. Realising his error, Mr Alastair Campbell wrote again.";

        Assert.Equal("Alastair Campbell", ActorOf(text, "his error", ("Andrew McFadyen", "PER"), ("Alastair Campbell", "PER")));
    }

    [Fact]
    public void A_reflexive_is_the_nearest_person()
    {
        var text = "Steve Whitmore said Daniel Montalvo turned himself in on Monday.";

        Assert.Equal("Daniel Montalvo", ActorOf(text, "himself", ("Steve Whitmore", "PER"), ("Daniel Montalvo", "PER")));
    }

    [Fact]
    public void An_object_pronoun_is_not_the_subject_of_its_own_clause()
    {
        var text = "Tom Reilly asked Daniel Hart to move his van. Hart attacked him on the quay.";

        Assert.Equal("Tom Reilly", ActorOf(text, "him on", ("Tom Reilly", "PER"), ("Daniel Hart", "PER"), ("Hart", "PER")));
    }

    [Fact]
    public void An_object_pronoun_after_a_possessor_or_a_preposition_may_name_the_person_before_it()
    {
        var text = "Ken Ortega joined the club in May. Martyn Wood's injury is likely to keep him out until June.";
        var career = "Wes Butters spoke on Monday. Butters has a great career ahead of him.";

        Assert.Equal("Martyn Wood", ActorOf(text, "him out", ("Ken Ortega", "PER"), ("Martyn Wood", "PER")));
        Assert.Equal("Wes Butters", ActorOf(career, "him.", ("Wes Butters", "PER"), ("Butters", "PER")));
    }

    [Fact]
    public void An_it_after_a_joined_report_verb_is_the_organisation_opening_the_sentence()
    {
        var text = "The Harbour Board held fares steady on Monday and signalled it still expects to cut them next year.";
        var person = "Harbour Board spokesman Ken Ortega called the change pragmatic and argued it gave the ferries a chance.";

        Assert.Equal("Harbour Board", ActorOf(text, "it still", ("Harbour Board", "ORG")));
        Assert.Null(ActorOf(person, "it gave", ("Harbour Board", "ORG"), ("Ken Ortega", "PER")));
    }

    [Fact]
    public void An_according_to_source_is_not_the_subject()
    {
        var text = "According to Mark Rathbun, Daniel Montalvo returned the drives after he left.";

        Assert.Equal("Daniel Montalvo", ActorOf(text, "he left", ("Mark Rathbun", "PER"), ("Daniel Montalvo", "PER")));
    }

    [Fact]
    public void A_person_whose_gender_is_known_to_fit_comes_before_one_whose_is_not()
    {
        var text = "Mrs. Valeska Paris joined the crew in 1996. On board the Freewinds, Paris said she worked long hours.";

        Assert.Equal("Valeska Paris", ActorOf(text, "she worked", ("Valeska Paris", "PER"), ("Freewinds", "PER"), ("Paris", "PER")));
    }

    [Fact]
    public void The_first_person_of_the_sentence_is_still_the_subject()
    {
        var text = "Sehar Memon met Ahmed Mohamed on Monday. She said the school had apologised.";

        Assert.Equal("Sehar Memon", ActorOf(text, "She said", ("Sehar Memon", "PER"), ("Ahmed Mohamed", "PER")));
    }

    [Fact]
    public void A_title_before_a_name_is_that_name()
    {
        var text = "Requests came from Bogliasco. The first case is of the mayor Luca Pastorino, who received refusals.";

        Assert.Equal("Luca Pastorino", ActorOf(text, "the mayor", ("Bogliasco", "LOC"), ("Luca Pastorino", "PER")));
    }

    [Fact]
    public void A_title_set_beside_a_name_by_commas_is_that_name()
    {
        var after = "Professor John Burrows, the chairman of the panel, said the flag was never open to choice.";
        var before = "Also the president of the Lombardy region, Roberto Maroni, has reacted.";

        Assert.Equal("John Burrows", ActorOf(after, "the chairman", ("John Burrows", "PER")));
        Assert.Equal("Roberto Maroni", ActorOf(before, "the president", ("Lombardy", "LOC"), ("Roberto Maroni", "PER")));
    }

    [Fact]
    public void The_government_is_the_country_whose_government_was_named()
    {
        var named = "On Tuesday the New Zealand government announced a flag vote. France has no plans. The government's panel will meet in May.";
        var unnamed = "Lord Butler's report into Iraq intelligence was published. Iraq had no such weapons. He said the government's dossier was flawed.";

        Assert.Equal("New Zealand", ActorOf(named, "The government", ("New Zealand", "LOC"), ("France", "LOC")));
        Assert.Null(ActorOf(unnamed, "the government", ("Butler", "PER"), ("Iraq", "LOC"), ("Iraq", "LOC")));
    }

    [Fact]
    public void The_boy_is_a_boy_just_named_but_the_man_who_is_someone_new()
    {
        var text = "Ahmed Mohamed was arrested at school on Monday. Images of the boy in handcuffs spread. The man who arrested him left.";

        Assert.Equal("Ahmed Mohamed", ActorOf(text, "the boy", ("Ahmed Mohamed", "PER")));
        Assert.Null(ActorOf(text, "The man", ("Ahmed Mohamed", "PER")));
    }

    [Fact]
    public void The_company_before_a_company_name_is_that_company()
    {
        var text = "Traffic to the site rose tenfold, according to the company Hitwise UK.";

        Assert.Equal("Hitwise UK", ActorOf(text, "the company", ("Hitwise UK", "ORG")));
    }

    [Fact]
    public void Their_is_an_organisation_that_opens_the_sentence_but_not_one_inside_it()
    {
        var opening = "Team Estonia had to rebuild their robot after the first one disappeared.";
        var inside = "The crowd left. In fact, many people Wikinews observed took out their phones.";

        Assert.Equal("Team Estonia", ActorOf(opening, "their", ("Team Estonia", "ORG")));
        Assert.Null(ActorOf(inside, "their", ("Wikinews", "ORG")));
    }

    [Fact]
    public void Its_is_the_nearest_organisation_that_is_no_prepositions_object()
    {
        var prepositional = "The McCutchan Art Center at USI bases its exhibit on Polaroids.";
        var nearest = "The Liberal Democrats challenge Labour in its heartlands.";

        Assert.Equal("McCutchan Art Center", ActorOf(prepositional, "its", ("McCutchan Art Center", "ORG"), ("USI", "ORG")));
        Assert.Equal("Labour", ActorOf(nearest, "its", ("Liberal Democrats", "ORG"), ("Labour", "ORG")));
    }

    [Fact]
    public void It_is_an_organisation_only_when_it_speaks()
    {
        var speaks = "Microsoft said it would end support for the browser.";
        var time = "Microsoft announced on Friday that it is time to move on.";

        Assert.Equal("Microsoft", ActorOf(speaks, "it would", ("Microsoft", "ORG")));
        Assert.Null(ActorOf(time, "it is", ("Microsoft", "ORG")));
    }

    [Fact]
    public void An_it_that_opens_a_clause_and_acts_is_the_organisation_the_text_is_about()
    {
        var text = "Globex said quarterly profits rose 12% to $1bn. It lost 40,000 customers in the fourth quarter. The firm said that it now owns a stake in Initech.";

        Assert.Equal("Globex", ActorOf(text, "It lost", ("Globex", "ORG"), ("Initech", "ORG")));
        Assert.Equal("Globex", ActorOf(text, "it now owns", ("Globex", "ORG"), ("Initech", "ORG")));
    }

    [Fact]
    public void An_impersonal_it_is_no_one()
    {
        var text = "Globex reported a loss. It is clear the market is weak. It would be hard to recover. It emerged that the chief had resigned. It takes time.";

        Assert.Null(ActorOf(text, "It is clear", ("Globex", "ORG")));
        Assert.Null(ActorOf(text, "It would be", ("Globex", "ORG")));
        Assert.Null(ActorOf(text, "It emerged", ("Globex", "ORG")));
        Assert.Null(ActorOf(text, "It takes", ("Globex", "ORG")));
    }

    [Fact]
    public void An_it_stays_no_one_when_no_organisation_was_the_subject_lately()
    {
        var text = "Globex reported a loss. Analysts met on Monday. The weather was bad. Smith said the plan was late. It will now start in June.";

        Assert.Null(ActorOf(text, "It will", ("Globex", "ORG"), ("Smith", "PER")));
    }

    [Fact]
    public void A_modifying_country_is_not_the_subject()
    {
        var text = "US phone company Globex has risen on speculation that it is in talks. It lost money last year.";

        Assert.Equal("Globex", ActorOf(text, "It lost", ("US", "LOC"), ("Globex", "ORG")));
    }

    [Fact]
    public void Its_in_the_next_sentence_is_the_organisation_the_text_is_about()
    {
        var text = "Globex's profits were better than expected. But its film division saw sales slump.";

        Assert.Equal("Globex", ActorOf(text, "its film", ("Globex", "ORG")));
    }

    [Fact]
    public void The_company_is_the_organisation_named_most_not_the_last_one()
    {
        var text = "Globex cut jobs. Globex said sales fell. Its rival Initech grew. The regulator Acme Watch wrote to the company on Friday.";

        Assert.Equal("Globex", ActorOf(text, "the company", ("Globex", "ORG"), ("Globex", "ORG"), ("Initech", "ORG"), ("Acme Watch", "ORG")));
    }

    [Fact]
    public void The_party_is_one_whose_name_holds_the_word_when_nothing_calls_the_topic_a_party()
    {
        var text = "Globex gave money to the Freedom Party. Globex said it backed tax cuts. Globex denied any deal. The party has been silent.";
        var introduced = "The party Globex has denied any deal. Globex said it backed tax cuts. The Freedom Party was not asked. The party has been silent.";

        Assert.Equal("Freedom Party", ActorOf(text, "The party has", ("Globex", "ORG"), ("Freedom Party", "ORG"), ("Globex", "ORG"), ("Globex", "ORG")));
        Assert.Equal("Globex", ActorOf(introduced, "The party has", ("Globex", "ORG"), ("Globex", "ORG"), ("Freedom Party", "ORG")));
    }

    [Fact]
    public void The_city_is_the_last_place_named_that_is_no_country()
    {
        var text = "The protests began in Springfield, in France. The city has no water.";

        Assert.Equal("Springfield", ActorOf(text, "The city", ("Springfield", "LOC"), ("France", "LOC")));
    }

    [Fact]
    public void An_owner_or_a_modifier_is_not_what_a_later_it_means()
    {
        var owner = "Globex's new handset went on sale in March. It also has a camera.";
        var modifier = "Globex chairman John Smith spoke on Monday. It also has a camera.";

        Assert.Null(ActorOf(owner, "It also", ("Globex", "ORG")));
        Assert.Null(ActorOf(modifier, "It also", ("Globex", "ORG"), ("John Smith", "PER")));
    }

    [Fact]
    public void A_subject_placed_by_a_preposition_still_acts()
    {
        var text = "For example, the Acme Museum at the University of Springfield saw 11,000 visitors when it exhibited its collection.";

        Assert.Equal("Acme Museum", ActorOf(text, "it exhibited", ("Acme Museum", "ORG"), ("University of Springfield", "ORG")));
    }

    [Fact]
    public void The_government_is_the_country_the_text_is_about()
    {
        var about = "South Korea will boost state spending next year. It has earmarked $96bn. The government wants to create 400,000 jobs.";
        var aside = "Exports to South Korea rose in March. The government wants to create 400,000 jobs.";

        Assert.Equal("South Korea", ActorOf(about, "The government", ("South Korea", "LOC")));
        Assert.Null(ActorOf(aside, "The government", ("South Korea", "LOC")));
    }

    [Fact]
    public void They_is_a_group_named_in_the_plural_only_in_a_main_clause()
    {
        var main = "The Greens launched a manifesto on Monday. They said they would cut fares.";
        var condition = "The Greens launched a manifesto on Monday. Visitors will be tested if they stay a year.";

        Assert.Equal("Greens", ActorOf(main, "they would", ("Greens", "ORG")));
        Assert.Null(ActorOf(condition, "they stay", ("Greens", "ORG")));
    }

    [Fact]
    public void Them_after_an_organisation_that_it_named_again_is_no_one()
    {
        var text = "Globex cut jobs in May. It intends moving its plants and will sell them to Initech.";

        Assert.Equal("Globex", ActorOf(text, "It intends", ("Globex", "ORG"), ("Initech", "ORG")));
        Assert.Null(ActorOf(text, "them", ("Globex", "ORG"), ("Initech", "ORG")));
    }

    [Fact]
    public void An_it_in_a_clause_hung_on_another_is_only_its_own_sentences_subject()
    {
        var own = "Globex rejected the offer, claiming that it undervalued the firm.";
        var other = "Globex rejected the offer. Analysts are optimistic that it will go through.";
        var emerged = "Globex rejected the offer. It has emerged that the chief resigned.";

        Assert.Equal("Globex", ActorOf(own, "it undervalued", ("Globex", "ORG")));
        Assert.Null(ActorOf(other, "it will", ("Globex", "ORG")));
        Assert.Null(ActorOf(emerged, "It has", ("Globex", "ORG")));
    }

    /// <summary>The name of the actor holding the pronoun or nominal that starts <paramref name="at"/>'s first
    /// occurrence; null when no actor does.</summary>
    internal static string? ActorOf(string text, string at, params (string Surface, string Type)[] names)
    {
        var document = TextDocument.Parse(text);
        var actors = new ActorResolver(Recognizer).Resolve(document, Entities(text, document, names));
        var start = text.IndexOf(at, StringComparison.Ordinal);
        Assert.True(start >= 0, "no '" + at + "' in the text");
        return actors.FirstOrDefault(a => a.Mentions.Any(m => m.Type != MentionType.Name && m.Span.Start == start))?.Name;
    }

    private static List<NamedEntity> Entities(string text, TextDocument document, (string Surface, string Type)[] names)
    {
        var kinds = new Dictionary<string, ActorKind>
        {
            ["PER"] = ActorKind.Person, ["ORG"] = ActorKind.Organization, ["LOC"] = ActorKind.Location, ["MISC"] = ActorKind.Other,
        };
        var entities = new List<NamedEntity>();
        var from = 0;
        foreach (var (surface, type) in names)
        {
            from = text.IndexOf(surface, from, StringComparison.Ordinal);
            var end = from + surface.Length;
            var first = document.Tokens.ToList().FindIndex(t => t.Span.Start == from);
            var last = document.Tokens.ToList().FindIndex(t => t.Span.End == end);
            entities.Add(new NamedEntity(new Span(from, end), first, last + 1, kinds[type]));
            from = end;
        }

        return entities;
    }
}

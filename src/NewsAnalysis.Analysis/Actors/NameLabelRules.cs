using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Corrections to the recogniser's labels that the 1996 training text is too small or too old to teach: the leader
/// an office is named after ("the Biden administration"), names after a person's title, the kinds of news agencies,
/// faiths and listed companies, the words a name swallowed (a rank or title, a caption's label, "Miami-based"), and
/// two names the model ran into one ("Twitter / NASA", "Claudia Mo of Civic Party", "Washington Chris Gregoire").
/// </summary>
internal static class NameLabelRules
{
    private const int Person = 0, Organization = 1, Location = 2, Misc = 3;

    private const ushort NotPersonLists = Gazetteer.PlacesOrDemonyms | Gazetteer.Company | Gazetteer.Club
        | Gazetteer.TrainingOrganization | Gazetteer.TrainingLocation | Gazetteer.TrainingMisc;

    public static void Apply(NerDocument d, Span<int> labels)
    {
        MarkLeadersOfOffices(d, labels);
        MarkTitledPersons(d, labels);
        MarkAgedPersons(d, labels);
        MarkSpeakersOpeningSentences(d, labels);
        TypeNewsAgencies(d, labels);
        TypeFaiths(d, labels);
        TypeListedCompanies(d, labels);
        TypePlacesByHead(d, labels);
        MarkTodaysOrganizations(d, labels);
        TrimTitleFromOrganizations(d, labels);
        TrimCaptionLabels(d, labels);
        TrimAttributivePrefix(d, labels);
        SplitAtSlash(d, labels);
        SplitList(d, labels);
        JoinTitledPossessive(d, labels);
        SplitPersonOfOrganization(d, labels);
        SplitPersonAfterOrganization(d, labels);
        JoinNicknames(d, labels);
        JoinPortugueseParticles(d, labels);
        JoinPoliceForces(d, labels);
        JoinBodiesOn(d, labels);
        MarkNumberTen(d, labels);
        DropHolidays(d, labels);
        TypeTimeZones(d, labels);
        TypeStorms(d, labels);
        TypeAmpersandNames(d, labels);
        TypePartiesAndAwards(d, labels);
        TrimPersonTitle(d, labels);
    }

    // "Lord Conrad Black's Hollinger International", "Justice Sonia Sotomayor", which the model read as a place or an
    // organisation: a person's title (a judge's "Justice" too), then a listed given name and a surname, is that person,
    // the title left out (not "King Abdullah University").
    private static void TrimPersonTitle(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i + 2 < labels.Length; i++)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type < 0 || type == Person || labels[i] != NerLabels.Begin(type) || labels[i + 1] != NerLabels.Inside(type)
                || (!ActorLexicon.PersonTitles.ContainsWord(d.Document.TokenChars(i)) && d.Document.TokenChars(i) is not "Justice")
                || (d.ListsOf(i + 1) & Gazetteer.GivenName) == 0)
            {
                continue;
            }

            var end = i + 2;
            while (end < labels.Length && NerLabels.Continues(labels[end]))
            {
                end++;
            }

            if (end - i > 4 || ActorLexicon.OrganizationHeads.ContainsWord(d.Document.TokenChars(end - 1)))
            {
                continue;
            }

            labels[i] = NerLabels.Outside;
            NerLabels.Mark(labels[(i + 1)..end], Person);
            i = end - 1;
        }
    }

    // "Tory leader Michael Howard", "the Tories", "an Oscar nomination": a party's adjective and its members, and an
    // award, which the model, seeing a lone capitalised word, took for a person.
    private static void TypePartiesAndAwards(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] != NerLabels.Unit(Person))
            {
                continue;
            }

            var word = d.Document.TokenChars(i);
            if (word is "Tory" or "Oscar" or "Oscars" or "Bafta" or "Baftas" or "Grammy" or "Grammys")
            {
                labels[i] = NerLabels.Unit(Misc);
            }
            else if (word is "Tories")
            {
                labels[i] = NerLabels.Unit(Organization);
            }
        }
    }

    // "Ben & Jerry's", "Marks & Spencer", "Procter & Gamble": a name joined by an ampersand is a firm's, never one
    // person's, whatever the given name at its start suggested to the model.
    private static void TypeAmpersandNames(NerDocument d, Span<int> labels)
    {
        for (var i = 1; i + 1 < labels.Length; i++)
        {
            if (d.Document.TokenChars(i) is not "&" || NerLabels.TypeOf(labels[i]) != Person || !NerLabels.Continues(labels[i])
                || !char.IsUpper(d.Document.TokenChars(i + 1)[0]) || !char.IsLetter(d.Document.TokenChars(i - 1)[^1]))
            {
                continue;
            }

            var first = i;
            while (first > 0 && NerLabels.Continues(labels[first]))
            {
                first--;
            }

            var end = i + 1;
            while (end < labels.Length && NerLabels.Continues(labels[end]))
            {
                end++;
            }

            NerLabels.Mark(labels[first..end], Organization);
            i = end - 1;
        }
    }

    // "Storm Babet", "Hurricane Milton": a named storm, which the model took for an organisation, or for a person after
    // a word it left out.
    private static void TypeStorms(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i + 1 < labels.Length; i++)
        {
            if (d.Document.TokenChars(i) is not ("Storm" or "Hurricane" or "Typhoon" or "Cyclone") || d.SentenceOf[i] != d.SentenceOf[i + 1])
            {
                continue;
            }

            var type = NerLabels.TypeOf(labels[i + 1]);
            var oneWordAfter = labels[i] == NerLabels.Outside && type >= 0 && labels[i + 1] == NerLabels.Unit(type);
            var twoWords = type >= 0 && labels[i] == NerLabels.Begin(type) && labels[i + 1] == NerLabels.Last(type);
            if (oneWordAfter || twoWords)
            {
                NerLabels.Mark(labels[i..(i + 2)], Misc);
                i++;
            }
        }
    }

    // "at about 23:15 BST", "0530 GMT": a clock's zone, which the CoNLL conventions call a miscellaneous name; the model
    // knew GMT that way and guessed at the others.
    private static void TypeTimeZones(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] != NerLabels.Outside && !NerLabels.Continues(labels[i]) && (i + 1 == labels.Length || !NerLabels.Continues(labels[i + 1]))
                && TimeZones.Contains(d.Document.TokenChars(i)))
            {
                labels[i] = NerLabels.Unit(Misc);
            }
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeZones = new HashSet<string>(StringComparer.Ordinal)
    {
        "GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "IST", "JST", "AEST", "AEDT",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "strike over Christmas", "by Easter Sunday": a time of year the model, which never saw one, took for a person.
    // "Christmas Island" and "Easter Island" are places and stay names.
    private static void DropHolidays(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Outside || NerLabels.Continues(labels[i]) || !Holidays.Contains(d.Document.TokenChars(i)))
            {
                continue;
            }

            var end = i;
            while (end + 1 < labels.Length && NerLabels.Continues(labels[end + 1]) && HolidayDays.Contains(d.Document.TokenChars(end + 1)))
            {
                end++;
            }

            if (end + 1 < labels.Length && NerLabels.Continues(labels[end + 1]))
            {
                continue;
            }

            labels[i..(end + 1)].Clear();   // Outside
            i = end;
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Holidays = new HashSet<string>(StringComparer.Ordinal)
    {
        "Christmas", "Easter", "Ramadan", "Hanukkah", "Diwali", "Thanksgiving", "Passover", "Lent", "Advent", "Whitsun", "Hogmanay",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HolidayDays = new HashSet<string>(StringComparer.Ordinal)
    {
        "Day", "Eve", "Sunday", "Monday", "Weekend", "Holidays",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Number 10 said", "No 10 did not dispute": the prime minister's office, which British papers name by its door.
    private static void MarkNumberTen(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i + 1 < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Outside && labels[i + 1] == NerLabels.Outside && d.Document.TokenChars(i) is "Number" or "No"
                && d.Document.TokenChars(i + 1) is "10" && d.SentenceOf[i] == d.SentenceOf[i + 1]
                && !(i + 2 < labels.Length && d.Document.TokenChars(i + 2) is "Downing"))
            {
                NerLabels.Mark(labels[i..(i + 2)], Organization);
                i++;
            }
        }
    }

    // "Intergovernmental Panel on Climate Change", "Council on Foreign Relations": a body's name goes on past "on"
    // and what it is about, which the model split into two names.
    private static void JoinBodiesOn(NerDocument d, Span<int> labels)
    {
        for (var i = 1; i + 1 < labels.Length; i++)
        {
            if (labels[i] != NerLabels.Outside || d.Document.TokenChars(i) is not "on" || NerLabels.TypeOf(labels[i - 1]) != Organization
                || NerLabels.IsOpen(labels[i - 1]) || !BodiesOn.Contains(d.Document.TokenChars(i - 1))
                || (d.Flags[i + 1] & NerDocument.TokenFlags.InitialCap) == 0 || d.SentenceOf[i - 1] != d.SentenceOf[i + 1]
                || Days.Contains(d.Document.TokenChars(i + 1)) || ActorLexicon.Months.ContainsWord(d.Document.TokenChars(i + 1))
                || !NameTokens.IsTitleCase(d.Document.TokenChars(i + 1)))
            {
                continue;
            }

            var first = i - 1;
            while (first > 0 && NerLabels.Continues(labels[first]))
            {
                first--;
            }

            var end = i + 1;
            while (end + 1 < labels.Length && d.SentenceOf[end + 1] == d.SentenceOf[i] && (NerLabels.Continues(labels[end + 1])
                || (labels[end + 1] == NerLabels.Outside && (d.Flags[end + 1] & NerDocument.TokenFlags.InitialCap) != 0)
                || (d.Document.TokenChars(end + 1) is "and" && end + 2 < labels.Length && (d.Flags[end + 2] & NerDocument.TokenFlags.InitialCap) != 0)))
            {
                end++;
            }

            NerLabels.Mark(labels[first..(end + 1)], Organization);
            i = end;
        }
    }

    // "the Electoral Commission on Thursday", "... on May 5": when, not what about (the months are ActorLexicon's).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Days = new HashSet<string>(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BodiesOn = new HashSet<string>(StringComparer.Ordinal)
    {
        "Panel", "Council", "Committee", "Commission", "Conference", "Convention", "Subcommittee", "Board", "Institute",
        "Centre", "Center", "Forum", "Force", "Court",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Greater Manchester Police", "West Yorkshire Police", "West Midlands Police": a force is its region and "Police";
    // the model, which saw few of them, left the compass word or the head word out.
    private static void JoinPoliceForces(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Outside || (i > 0 && NerLabels.IsOpen(labels[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end + 1 < labels.Length && NerLabels.IsOpen(labels[end]))
            {
                end++;
            }

            var type = NerLabels.TypeOf(labels[i]);
            var first = i;
            var last = end;
            if (type is Organization or Location && last + 1 < labels.Length && labels[last + 1] == NerLabels.Outside
                && d.SentenceOf[last + 1] == d.SentenceOf[i] && d.Document.TokenChars(last + 1) is "Police" or "Constabulary")
            {
                last++;
            }

            if ((last > end || type == Organization) && d.Document.TokenChars(last) is "Police" or "Constabulary" && first > 0
                && labels[first - 1] == NerLabels.Outside && d.SentenceOf[first - 1] == d.SentenceOf[i]
                && d.Document.TokenChars(first - 1) is "West" or "East" or "North" or "South" or "Greater" or "Mid")
            {
                first--;
            }

            // "Police Scotland": the national force, named the other way round.
            if (type == Location && first == end && last == end && first > 0 && labels[first - 1] == NerLabels.Outside
                && d.Document.TokenChars(first - 1) is "Police" && d.Document.TokenChars(first) is "Scotland" && d.SentenceOf[first - 1] == d.SentenceOf[first])
            {
                first--;
            }

            // "Avon and Somerset Police", "Devon and Cornwall Police": one force for two counties, which the model
            // read as a place and a force.
            if (d.Document.TokenChars(last) is "Police" or "Constabulary" && first > 1 && labels[first - 1] == NerLabels.Outside
                && d.Document.TokenChars(first - 1) is "and" && labels[first - 2] == NerLabels.Unit(Location) && d.SentenceOf[first - 2] == d.SentenceOf[i])
            {
                first -= 2;
            }

            if (first != i || last != end)
            {
                NerLabels.Mark(labels[first..(last + 1)], Organization);
            }

            i = last;
        }
    }

    // "Rio Grande do Sul", "Mato Grosso do Sul", "Rio Grande do Norte": a place's name goes on past "do", "da", "dos" or
    // "das" and the capitalised words after it, which the model, trained on English text, reads as a break.
    private static void JoinPortugueseParticles(NerDocument d, Span<int> labels)
    {
        for (var i = 1; i + 1 < labels.Length; i++)
        {
            if (labels[i - 1] == NerLabels.Outside || labels[i] != NerLabels.Outside || (d.Flags[i + 1] & NerDocument.TokenFlags.InitialCap) == 0
                || d.Document.TokenChars(i) is not ("do" or "da" or "dos" or "das") || d.SentenceOf[i - 1] != d.SentenceOf[i + 1])
            {
                continue;
            }

            var first = i - 1;
            while (first > 0 && NerLabels.Continues(labels[first]))
            {
                first--;
            }

            var end = i + 1;
            while (end + 1 < labels.Length && (d.Flags[end + 1] & NerDocument.TokenFlags.InitialCap) != 0 && d.SentenceOf[end + 1] == d.SentenceOf[i]
                && (labels[end + 1] == NerLabels.Outside || NerLabels.Continues(labels[end + 1]) || end == i + 1 && labels[end] != NerLabels.Outside))
            {
                end++;
            }

            var type = NerLabels.TypeOf(labels[i - 1]);
            NerLabels.Mark(labels[first..(end + 1)], type == Person && (d.ListsOf(first) & Gazetteer.GivenName) == 0 ? Location : type);
            i = end;
        }
    }

    // Antonio "LA" Reid, Brian 'Head' Welch, Joaquin "El Chapo" Guzman: a person's names either side of a quoted
    // nickname are one name, which the recogniser, reading the marks as a break, had split in two.
    private static void JoinNicknames(NerDocument d, Span<int> labels)
    {
        for (var i = 1; i + 3 < labels.Length; i++)
        {
            if (!IsMark(d, i, out var open) || (d.Flags[i - 1] & NerDocument.TokenFlags.InitialCap) == 0 || d.SentenceOf[i - 1] != d.SentenceOf[i])
            {
                continue;
            }

            var close = i + 1;
            while (close < labels.Length && close <= i + 3 && (d.Flags[close] & NerDocument.TokenFlags.InitialCap) != 0)
            {
                close++;
            }

            if (close == i + 1 || close + 1 >= labels.Length || !IsMark(d, close, out var mark) || mark != QuoteMarks.Closing(open)
                || (d.Flags[close + 1] & NerDocument.TokenFlags.InitialCap) == 0
                || (NerLabels.TypeOf(labels[i - 1]) != Person && NerLabels.TypeOf(labels[close + 1]) != Person))
            {
                continue;
            }

            // A name the model read as something else keeps only its last word, the given name ("Guitarist Brian").
            var first = i - 1;
            while (first > 0 && NerLabels.TypeOf(labels[first]) == Person && NerLabels.Continues(labels[first]))
            {
                first--;
            }

            if (first > 0 && NerLabels.Continues(labels[first]))
            {
                NerLabels.Remove(labels, first - 1);
            }

            var end = close + 1;
            while (end + 1 < labels.Length && labels[end] != NerLabels.Outside && NerLabels.Continues(labels[end + 1]))
            {
                end++;
            }

            NerLabels.Mark(labels[first..(end + 1)], Person);
            i = end;
        }
    }

    private static bool IsMark(NerDocument d, int i, out char mark) => QuoteMarks.IsMark(d.Document.TokenChars(i), out mark);

    // "the Biden administration", "the Starmer government", "the Trump campaign": a one-word name before such a
    // word is the person who leads it (CoNLL tags "Clinton administration" so) unless the name is a place, a
    // people or an organisation the lists know ("the Kenya government", "the British government", "the Labour
    // government"). The 1996 training text has too few of these for the model to learn it for names it never saw.
    private static void MarkLeadersOfOffices(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i + 1 < labels.Length; i++)
        {
            var label = labels[i];
            var person = NerLabels.Unit(Person);
            if (label == person || label == NerLabels.Outside || NerLabels.IsOpen(label) || NerLabels.Continues(label)
                || (d.Flags[i] & NerDocument.TokenFlags.InitialCap) == 0 || d.SentenceOf[i + 1] != d.SentenceOf[i]
                || labels[i + 1] != NerLabels.Outside || !IsOffice(d.Document.TokenChars(i + 1))
                || (d.GazBegin[i] & NotPersonLists) != 0)
            {
                continue;
            }

            labels[i] = person;
        }
    }

    private static bool IsOffice(ReadOnlySpan<char> word) =>
        word.Equals("administration", StringComparison.OrdinalIgnoreCase) || word.Equals("government", StringComparison.OrdinalIgnoreCase)
        || word.Equals("campaign", StringComparison.OrdinalIgnoreCase) || word.Equals("presidency", StringComparison.OrdinalIgnoreCase)
        || word.Equals("regime", StringComparison.OrdinalIgnoreCase) || word.Equals("cabinet", StringComparison.OrdinalIgnoreCase);

    // "President Bush said", "Senator Rice told": a name that is also a common word ("bush", "rice", "wood") after a
    // person's title is a person, and so is a short name the model read with such a title in it ("Senator Rice" as an
    // organisation); the 1996 training text saw too few of them to outweigh the word's lower-case use. A lone word
    // is marked only where the model left it outside any name, and never one the lists know as a place, a company
    // or a team, nor a title itself ("Governor General").
    private static void MarkTitledPersons(NerDocument d, Span<int> labels)
    {
        const NerDocument.TokenFlags capitalised = NerDocument.TokenFlags.InitialCap | NerDocument.TokenFlags.AllCaps;
        for (var i = 1; i + 1 < labels.Length; i++)
        {
            var titledOrganization = labels[i - 1] == NerLabels.Begin(Organization) && labels[i] == NerLabels.Last(Organization);
            var lone = labels[i] == NerLabels.Outside && labels[i - 1] == NerLabels.Outside;
            // "Senator JD Vance": initials the model took for an organisation's, after a title only a person has.
            if (labels[i - 1] == NerLabels.Outside && labels[i] == NerLabels.Begin(Organization) && labels[i + 1] == NerLabels.Last(Organization)
                && IsPersonOnlyTitle(d.Document.TokenChars(i - 1)) && d.SentenceOf[i - 1] == d.SentenceOf[i + 1]
                && d.Document.TokenChars(i).Length <= 2 && (d.Flags[i] & NerDocument.TokenFlags.AllCaps) != 0
                && (d.Flags[i + 1] & capitalised) == NerDocument.TokenFlags.InitialCap)
            {
                labels[i] = NerLabels.Begin(Person);
                labels[i + 1] = NerLabels.Last(Person);
                continue;
            }

            if (!(titledOrganization || lone)
                || (d.Flags[i] & capitalised) != NerDocument.TokenFlags.InitialCap
                || (d.Flags[i - 1] & capitalised) != NerDocument.TokenFlags.InitialCap
                || d.SentenceOf[i - 1] != d.SentenceOf[i] || !IsPersonOnlyTitle(d.Document.TokenChars(i - 1)))
            {
                continue;
            }

            if (titledOrganization)
            {
                labels[i - 1] = NerLabels.Begin(Person);
                labels[i] = NerLabels.Last(Person);
            }
            else if (labels[i + 1] == NerLabels.Outside
                && (d.Flags[i + 1] & NerDocument.TokenFlags.InitialCap) == 0 && d.SentenceOf[i + 1] == d.SentenceOf[i]
                && (d.GazBegin[i] & Gazetteer.LowerCaseWord) != 0 && (d.GazBegin[i] & NotPersonLists) == 0
                && d.Document.TokenChars(i).Length >= 3 && !ActorLexicon.TitleWords.ContainsWord(d.Document.TokenChars(i)))
            {
                labels[i] = NerLabels.Unit(Person);
            }
        }
    }

    // "Trump, 78, said", "Macron, 46, called": a capitalised word the model left out, set off by an age between
    // commas, is a person's name. So is a given name it took for something else ("One resident, Mark, 52, said").
    private static void MarkAgedPersons(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i + 3 < labels.Length; i++)
        {
            var missed = labels[i] == NerLabels.Outside
                || (NerLabels.TypeOf(labels[i]) is var type and >= 0 && type != Person && labels[i] == NerLabels.Unit(type)
                    && (d.GazBegin[i] & Gazetteer.GivenName) != 0 && (d.GazBegin[i] & Gazetteer.Places) == 0);
            if (!missed || (i > 0 && labels[i - 1] != NerLabels.Outside)
                || (d.Flags[i] & (NerDocument.TokenFlags.InitialCap | NerDocument.TokenFlags.AllCaps)) != NerDocument.TokenFlags.InitialCap
                || d.Document.TokenChars(i + 1) is not "," || d.Document.TokenChars(i + 3) is not ","
                || !int.TryParse(d.Document.TokenChars(i + 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age)
                || age is < 16 or > 110 || d.SentenceOf[i + 3] != d.SentenceOf[i] || (labels[i] == NerLabels.Outside && (d.GazBegin[i] & NotPersonLists) != 0)
                || ActorLexicon.TitleWords.ContainsWord(d.Document.TokenChars(i)) || ActorLexicon.FunctionWords.ContainsWord(d.Document.TokenChars(i)))
            {
                continue;
            }

            labels[i] = NerLabels.Unit(Person);
        }
    }

    // "Ofwat said the company had failed": a capitalised word no list knows in lower case, opening a sentence before
    // "said", is a speaker's name the model left out for its place. It is what the same word is elsewhere in the story,
    // a person when it is a given name, and otherwise a body: a person named once by a surname alone is rarer in
    // news than a regulator or a firm ("ScotRail said").
    private static void MarkSpeakersOpeningSentences(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i + 1 < labels.Length; i++)
        {
            if (labels[i] != NerLabels.Outside || labels[i + 1] != NerLabels.Outside
                || (d.Flags[i] & (NerDocument.TokenFlags.SentenceStart | NerDocument.TokenFlags.InitialCap | NerDocument.TokenFlags.CapsSentence | NerDocument.TokenFlags.TitleSentence))
                    != (NerDocument.TokenFlags.SentenceStart | NerDocument.TokenFlags.InitialCap)
                || d.Document.TokenChars(i + 1) is not ("said" or "says" or "told") || d.Document.TokenChars(i).Length < 3
                || (d.ListsOf(i) & Gazetteer.LowerCaseWord) != 0 || IsCommonPlural(d, d.Document.TokenChars(i))
                || ActorLexicon.TitleWords.ContainsWord(d.Document.TokenChars(i)) || ActorLexicon.FunctionWords.ContainsWord(d.Document.TokenChars(i)))
            {
                continue;
            }

            labels[i] = NerLabels.Unit(TypeElsewhere(d, labels, i) ?? ((d.ListsOf(i) & Gazetteer.GivenName) != 0 ? Person : Organization));
        }
    }

    // "Parties", "Eyewitnesses": the plural of a word the list knows in lower case, or of a noun for people.
    private static bool IsCommonPlural(NerDocument d, ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word[^1] != 's')
        {
            return false;
        }

        if (word.EndsWith("ers") || word.EndsWith("ors") || word.EndsWith("ists") || word.EndsWith("ians") || word.EndsWith("ants")
            || word.EndsWith("ents") || word.EndsWith("sses"))
        {
            return true;
        }

        Span<char> singular = stackalloc char[word.Length];
        word.CopyTo(singular);
        var isCommon = (d.Gazetteer.LookupWord(singular[..^1]) & Gazetteer.LowerCaseWord) != 0
            || (word.EndsWith("es") && (d.Gazetteer.LookupWord(singular[..^2]) & Gazetteer.LowerCaseWord) != 0);
        if (!isCommon && word.EndsWith("ies"))
        {
            singular[^3] = 'y';
            isCommon = (d.Gazetteer.LookupWord(singular[..^2]) & Gazetteer.LowerCaseWord) != 0;
        }

        return isCommon;
    }

    // Within a story's length of the word, so that a book of such sentences stays linear.
    private static int? TypeElsewhere(NerDocument d, Span<int> labels, int i)
    {
        var word = d.Document.TokenChars(i);
        for (var k = Math.Max(0, i - 3000); k < labels.Length && k < i + 3000; k++)
        {
            if (k != i && NerLabels.TypeOf(labels[k]) is var type and >= 0 && d.Document.TokenChars(k).SequenceEqual(word))
            {
                return type;
            }
        }

        return null;
    }

    // Titles that name nothing but a person: not "Premier Rugby", "Lord Of the Rings", "King Size".
    private static bool IsPersonOnlyTitle(ReadOnlySpan<char> word) => word switch
    {
        "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Dr" or "Dr." or "President" or "Senator" or "Sen." or "Rep."
            or "Congressman" or "Congresswoman" or "Governor" or "Gov." or "Mayor" or "Chancellor" or "Minister"
            or "Ambassador" or "Spokesman" or "Spokeswoman" => true,
        _ => false,
    };

    // "Reuters", "AFP", "Xinhua": the agencies that sign wire copy are organisations wherever the model put them
    // ("Reuter" alone at a story's end read as a surname).
    private static void TypeNewsAgencies(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type is < 0 or Organization || labels[i] != NerLabels.Unit(type) || !IsNewsAgency(d.Document.TokenChars(i)))
            {
                continue;
            }

            labels[i] = NerLabels.Unit(Organization);
        }
    }

    private static bool IsNewsAgency(ReadOnlySpan<char> word) => word switch
    {
        "Reuters" or "Reuter" or "REUTERS" or "REUTER" or "AFP" or "Xinhua" or "Interfax" or "Itar-Tass" or "Kyodo" or "Yonhap"
            or "Bernama" or "Antara" or "ANSA" or "Anadolu" => true,
        _ => false,
    };

    // "Muslims", "Islam", "Hajj": faiths, their followers and rites are "other" (CoNLL's MISC, OntoNotes' NORP); the
    // 1996 text spelt "Moslem", so the model reads today's "Muslim" by its shape as a place. A lone word only, never
    // one read as a person ("Christian" is a given name too).
    private static void TypeFaiths(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if ((labels[i] == NerLabels.Unit(Location) || labels[i] == NerLabels.Unit(Organization)) && IsFaith(d.Document.TokenChars(i)))
            {
                labels[i] = NerLabels.Unit(Misc);
            }
        }
    }

    private static bool IsFaith(ReadOnlySpan<char> word) => word switch
    {
        "Muslim" or "Muslims" or "Moslem" or "Moslems" or "Islam" or "Islamic" or "Islamist" or "Islamists" or "Islamophobia"
            or "Christian" or "Christians" or "Christianity" or "Jew" or "Jews" or "Jewish" or "Judaism" or "Hindu" or "Hindus"
            or "Hinduism" or "Buddhist" or "Buddhists" or "Buddhism" or "Sikh" or "Sikhs" or "Catholic" or "Catholics"
            or "Protestant" or "Protestants" or "Sunni" or "Sunnis" or "Shia" or "Shiite" or "Shiites" or "Evangelicals"
            or "Mormon" or "Mormons" or "Hajj" or "Ramadan" => true,
        _ => false,
    };

    // "Citigroup", "Ryanair" read as "other": a lone word on the list of companies is one, unless it also names a
    // place, a people or a person, or the article writes it in lower case too.
    private static void TypeListedCompanies(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Unit(Misc) && (d.ListsOf(i) & Gazetteer.Company) != 0
                && (d.Flags[i] & NerDocument.TokenFlags.SeenLowerElsewhere) == 0
                && (d.ListsOf(i) & (Gazetteer.PlacesOrDemonyms | Gazetteer.GivenName | Gazetteer.Surname | Gazetteer.TrainingMisc)) == 0)
            {
                labels[i] = NerLabels.Unit(Organization);
            }
        }
    }

    // "Downing Street", "Millennium Bridge", "River Tyne", "Mount Kenya": a name headed by a street, bridge, river or
    // mountain is a place, not a person, unless it opens with a given name.
    private static void TypePlacesByHead(NerDocument d, Span<int> labels)
    {
        for (var first = 0; first < labels.Length; first++)
        {
            if (labels[first] != NerLabels.Begin(Person) && labels[first] != NerLabels.Begin(Organization))
            {
                continue;
            }

            var type = NerLabels.TypeOf(labels[first]);
            if (NameEnd(labels, first, type) is not { } last)
            {
                continue;
            }

            var placeHead = IsPlaceHead(d.Document.TokenChars(last)) || (IsPlacePrefix(d.Document.TokenChars(first)) && last - first is 1 or 2);
            // "Wayne Bridge", "Nathan Lane": a given name first makes it a person after all.
            if (placeHead && (type == Person || last == first + 1 || IsPlacePrefix(d.Document.TokenChars(first))) && (d.ListsOf(first) & Gazetteer.GivenName) == 0)
            {
                NerLabels.Mark(labels[first..(last + 1)], Location);
            }

            first = last;
        }
    }

    private static bool IsPlaceHead(ReadOnlySpan<char> word) =>
        word is "Street" or "Road" or "Avenue" or "Boulevard" or "Lane" or "Square" or "Bridge" or "Airport" or "Mountains" or "Valley";

    private static bool IsPlacePrefix(ReadOnlySpan<char> word) => word is "River" or "Mount" or "Lake" or "Loch";

    // "Hezbollah", "Al-Jazeera", "Facebook", "the WHO": organisations that 1996 news never named or named otherwise,
    // which the model misses or reads by their shape as places. A lone word, wherever the model put it, except inside
    // a longer name ("Facebook Live") or a line of capitals ("WHO WILL WIN").
    private static void MarkTodaysOrganizations(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            // "Al Jazeera", "al Qaeda" written in two words, which the model takes for a person's particle and name.
            if (d.Document.Tokens[i].Span.Length == 2 && d.Document.TokenChars(i) is "Al" or "al" && i + 1 < labels.Length && d.Document.TokenChars(i + 1) is "Jazeera" or "Qaeda" or "Shabab" or "Arabiya"
                && (i + 2 >= labels.Length || labels[i + 2] == NerLabels.Outside || !NerLabels.Continues(labels[i + 2])))
            {
                NerLabels.Mark(labels[i..(i + 2)], Organization);
                i++;
                continue;
            }

            var label = labels[i];
            if ((label != NerLabels.Outside && NerLabels.TypeOf(label) is var type && label != NerLabels.Unit(type))
                || label == NerLabels.Unit(Organization) || (d.Flags[i] & NerDocument.TokenFlags.CapsSentence) != 0
                || (d.Flags[i] & (NerDocument.TokenFlags.InitialCap | NerDocument.TokenFlags.AllCaps)) == 0)
            {
                continue;
            }

            var word = d.Document.TokenChars(i);
            var known = word is "WHO"
                ? i > 0 && d.Document.TokenChars(i - 1) is "the" or "The"
                : IsTodaysOrganization(word);
            if (known && (label != NerLabels.Outside || (i + 1 >= labels.Length || labels[i + 1] == NerLabels.Outside)))
            {
                labels[i] = NerLabels.Unit(Organization);
            }
        }
    }

    private static bool IsTodaysOrganization(ReadOnlySpan<char> word) => word switch
    {
        "Hezbollah" or "Hizbollah" or "ISIS" or "ISIL" or "Al-Jazeera" or "Al-Qaeda" or "al-Qaeda" or "al-Shabab" or "Facebook"
            or "Twitter" or "YouTube" or "Google" or "WikiLeaks" or "Instagram" or "WhatsApp" or "TikTok" or "Netflix" or "Uber"
            or "Airbnb" or "SpaceX" or "Huawei" or "Greenpeace" or "UNICEF" or "UNESCO" or "Europol" or "Frontex" => true,
        _ => false,
    };

    // "Federal Reserve Board Vice Chairman Manuel Johnson": a rank word at the end of an organisation's name, before
    // a title, belongs to the title; so does the title itself after the organisation's head word ("the State
    // Department Spokesperson, said").
    private static void TrimTitleFromOrganizations(NerDocument d, Span<int> labels)
    {
        for (var i = 1; i + 1 < labels.Length; i++)
        {
            if (labels[i] != NerLabels.Last(Organization) || labels[i + 1] != NerLabels.Outside
                || !((IsRank(d.Document.TokenChars(i)) && ActorLexicon.TitleWords.ContainsWord(d.Document.TokenChars(i + 1)))
                     || (IsTitleAfterHead(d.Document.TokenChars(i)) && ActorLexicon.OrganizationHeads.ContainsWord(d.Document.TokenChars(i - 1)))))
            {
                continue;
            }

            labels[i] = NerLabels.Outside;
            labels[i - 1] = labels[i - 1] == NerLabels.Begin(Organization) ? NerLabels.Unit(Organization) : NerLabels.Last(Organization);
        }
    }

    private static bool IsRank(ReadOnlySpan<char> word) => word is "Vice" or "Deputy" or "Acting" or "Assistant" or "Associate";

    private static bool IsTitleAfterHead(ReadOnlySpan<char> word) => word is "Spokesman" or "Spokeswoman" or "Spokesperson"
        or "Secretary" or "Minister" or "Chairman" or "Chairwoman" or "Director" or "Commissioner" or "Chief";

    // "Ahmed Mohamed Image: Twitter": a caption's credit label is no part of the name before it.
    private static void TrimCaptionLabels(NerDocument d, Span<int> labels)
    {
        for (var i = 1; i + 1 < labels.Length; i++)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type < 0 || labels[i] != NerLabels.Last(type) || !d.Document.TokenChars(i + 1).Equals(":", StringComparison.Ordinal)
                || d.Document.TokenChars(i) is not ("Image" or "Photo" or "Picture" or "Credit" or "Video" or "Source"))
            {
                continue;
            }

            labels[i] = NerLabels.Outside;
            labels[i - 1] = labels[i - 1] == NerLabels.Begin(type) ? NerLabels.Unit(type) : NerLabels.Last(type);
        }
    }

    // "Miami-based Wallco", "London-listed Acme": the hyphenated word before a name describes it and is no part of
    // it; a company is what is based, listed or owned somewhere, whatever the model made of its name.
    private static void TrimAttributivePrefix(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i + 1 < labels.Length; i++)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type < 0 || labels[i] != NerLabels.Begin(type) || (d.Flags[i] & NerDocument.TokenFlags.Hyphen) == 0)
            {
                continue;
            }

            var word = d.Document.TokenChars(i);
            var hyphen = word.LastIndexOf('-');
            if (hyphen <= 0 || word[(hyphen + 1)..] is not ("based" or "listed" or "owned" or "born" or "led" or "backed"))
            {
                continue;
            }

            if (NameEnd(labels, i, type) is not { } last)
            {
                continue;
            }

            labels[i] = NerLabels.Outside;
            var company = word[(hyphen + 1)..] is "based" or "listed" or "owned" && type == Person;
            NerLabels.Mark(labels[(i + 1)..(last + 1)], company ? Organization : type);
            i = last;
        }
    }

    // The first word of the name of this type that word i is inside of, or null if the labels around it are no whole
    // name (another rule may have cut it).
    private static int? NameStart(Span<int> labels, int i, int type)
    {
        var first = i - 1;
        while (first >= 0 && labels[first] == NerLabels.Inside(type))
        {
            first--;
        }

        return first >= 0 && labels[first] == NerLabels.Begin(type) ? first : null;
    }

    // The last word of that name, or null if it does not end in a whole name's last word (at the text's end, say).
    private static int? NameEnd(Span<int> labels, int i, int type)
    {
        var last = i + 1;
        while (last < labels.Length && labels[last] == NerLabels.Inside(type))
        {
            last++;
        }

        return last < labels.Length && labels[last] == NerLabels.Last(type) ? last : null;
    }

    // "Twitter / Barack Obama", "Twitter / NASA": a credit's account and its owner are two names; the owner is a
    // person where the article names that person elsewhere.
    private static void SplitAtSlash(NerDocument d, Span<int> labels)
    {
        for (var i = 1; i + 1 < labels.Length; i++)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type < 0 || labels[i] != NerLabels.Inside(type) || !d.Document.TokenChars(i).Equals("/", StringComparison.Ordinal)
                || d.Document.Tokens[i].Span.Start == d.Document.Tokens[i - 1].Span.End)
            {
                continue;
            }

            if (NameStart(labels, i, type) is not { } first || NameEnd(labels, i, type) is not { } last)
            {
                continue;
            }

            NerLabels.Mark(labels[first..i], type);
            labels[i] = NerLabels.Outside;
            HashSet<string>? endings = null;
            var owner = EndsPersonElsewhere(d, labels, i + 1, last + 1, ref endings) ? Person : type;
            NerLabels.Mark(labels[(i + 1)..(last + 1)], owner);
            i = last;
        }
    }

    // "King's College London", "Queen's University", "St Thomas' Hospital", "the People's Party": a title or a
    // people before the possessive is the first word of the institution's name, not someone who owns it.
    private static void JoinTitledPossessive(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i + 2 < labels.Length; i++)
        {
            var type = NerLabels.TypeOf(labels[i + 2]);
            if (labels[i + 1] != NerLabels.Outside || type is not (Organization or Location) || NerLabels.Continues(labels[i + 2])
                || !NameTokens.IsPossessive(d.Document.TokenChars(i + 1)) || !PossessiveTitles.Contains(d.Document.TokenChars(i))
                || d.Document.Tokens[i + 1].Span.Start != d.Document.Tokens[i].Span.End)
            {
                continue;
            }

            // "the Pakistan People's Party": the name the title word ends joins too.
            var first = i;
            if (labels[i] != NerLabels.Outside)
            {
                if (NerLabels.IsOpen(labels[i]) || NerLabels.TypeOf(labels[i]) is not (Organization or Location))
                {
                    continue;
                }

                while (first > 0 && NerLabels.Continues(labels[first]))
                {
                    first--;
                }
            }

            var end = i + 2;
            while (end + 1 < labels.Length && NerLabels.Continues(labels[end + 1]) && NerLabels.TypeOf(labels[end + 1]) == type)
            {
                end++;
            }

            var institution = false;
            for (var k = first; k <= end; k++)
            {
                institution |= ActorLexicon.OrganizationHeads.ContainsWord(d.Document.TokenChars(k));
            }

            NerLabels.Mark(labels[first..(end + 1)], institution ? Organization : type);
            i = end;
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessiveTitles =
        new HashSet<string>(["King", "Queen", "Prince", "Princess", "St", "St.", "Saint", "Lady", "People", "Children", "Women", "Workers"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "Microsoft, Google and Amazon spent": one-word names listed with commas and "and" are as many names. A list
    // with a longer member is one name ("Bureau of Alcohol, Tobacco and Firearms").
    private static void SplitList(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i + 4 < labels.Length; i++)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type < 0 || labels[i] != NerLabels.Begin(type) || !d.Document.TokenChars(i + 1).Equals(",", StringComparison.Ordinal))
            {
                continue;
            }

            // Every other token a separator: name , name , ... and name.
            var last = i;
            var sawAnd = false;
            while (last + 2 < labels.Length && labels[last + 1] == NerLabels.Inside(type) && labels[last + 2] is var next
                   && (next == NerLabels.Inside(type) || next == NerLabels.Last(type)) && !sawAnd)
            {
                var separator = d.Document.TokenChars(last + 1);
                sawAnd = separator.Equals("and", StringComparison.Ordinal);
                if (!(sawAnd || separator.Equals(",", StringComparison.Ordinal)) || !char.IsUpper(d.Document.TokenChars(last + 2)[0]))
                {
                    break;
                }

                last += 2;
            }

            if (!sawAnd || labels[last] != NerLabels.Last(type))
            {
                continue;
            }

            for (var k = i; k <= last; k++)
            {
                labels[k] = (k - i) % 2 == 0 ? NerLabels.Unit(type) : NerLabels.Outside;
            }

            i = last;
        }
    }

    // "Nathan Law of Demosisto won", "Latta of Data Resources said" (after "Cynthia Latta"): a person's name, then
    // "of" and an organisation, is that person and that organisation, not one name. The person is a given name and
    // a surname with no title or organisation's head word among them, or a surname the article gave a person.
    private static void SplitPersonOfOrganization(NerDocument d, Span<int> labels)
    {
        HashSet<string>? endings = null;
        for (var i = 0; i + 3 < labels.Length; i++)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type is not (Organization or Misc) || labels[i] != NerLabels.Begin(type))
            {
                continue;
            }

            var of = i + 1;
            while (of < i + 4 && of + 1 < labels.Length && labels[of] == NerLabels.Inside(type)
                   && !d.Document.TokenChars(of).Equals("of", StringComparison.Ordinal))
            {
                of++;
            }

            if (of + 1 >= labels.Length || labels[of] != NerLabels.Inside(type) || !d.Document.TokenChars(of).Equals("of", StringComparison.Ordinal)
                || (d.Flags[of + 1] & NerDocument.TokenFlags.InitialCap) == 0
                || !IsPersonWords(d, i, of) || !(EndsPersonElsewhere(d, labels, i, of, ref endings) || IsGivenAndSurname(d, i, of)))
            {
                continue;
            }

            if (NameEnd(labels, of, type) is not { } last)
            {
                continue;
            }

            // A name the model ran across a line break is the resolver's to cut.
            if (d.SentenceOf[last] != d.SentenceOf[i])
            {
                i = last;
                continue;
            }

            NerLabels.Mark(labels[i..of], Person);
            labels[of] = NerLabels.Outside;
            NerLabels.Mark(labels[(of + 1)..(last + 1)], Organization);
            i = last;
        }
    }

    // "NASA Bill Ingalls", "Washington Chris Gregoire", "Refugee Council Enver Solomon": an acronym, a listed place or
    // an organisation run into the given name and surname after it (a photo credit, a title dropped) are two names.
    private static void SplitPersonAfterOrganization(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i + 2 < labels.Length; i++)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type is < 0 or Person || labels[i] != NerLabels.Begin(type))
            {
                continue;
            }

            if (NameEnd(labels, i, type) is not { } last)
            {
                continue;
            }

            var given = last - 1;
            if (given <= i || !IsGivenAndSurname(d, given, last + 1) || !IsNameBeforePerson(d, i, given))
            {
                i = last;
                continue;
            }

            var prefixType = (d.ListsOf(i) & Gazetteer.Places) != 0 && given - i == 1 ? Location : type;
            NerLabels.Mark(labels[i..given], prefixType);
            NerLabels.Mark(labels[given..(last + 1)], Person);
            i = last;
        }
    }

    private static bool IsNameBeforePerson(NerDocument d, int first, int end)
    {
        var word = d.Document.TokenChars(end - 1);
        return end - first == 1
            ? (d.Flags[first] & NerDocument.TokenFlags.AllCaps) != 0 && word.Length >= 2 || (d.ListsOf(first) & Gazetteer.Places) != 0
            : ActorLexicon.OrganizationHeads.ContainsWord(word);
    }

    // A listed given name, then words up to a listed surname ("Chris Gregoire"): not "Royal Academy", "Maria Full",
    // "Serena Hotel".
    private static bool IsGivenAndSurname(NerDocument d, int first, int end) =>
        end - first >= 2 && (d.ListsOf(first) & Gazetteer.GivenName) != 0 && (d.ListsOf(end - 1) & Gazetteer.Surname) != 0
        && ((d.ListsOf(first) | d.ListsOf(end - 1)) & NotPersonLists) == 0 && IsPersonWords(d, first, end);

    // Capitalised words, none a title, an organisation's head word or a common word ending the name ("Love of Money",
    // "Royal Bank of Scotland").
    private static bool IsPersonWords(NerDocument d, int first, int end)
    {
        if (end - first == 1 && (d.ListsOf(first) & Gazetteer.LowerCaseWord) != 0)
        {
            return false;
        }

        for (var t = first; t < end; t++)
        {
            var word = d.Document.TokenChars(t);
            if ((d.Flags[t] & NerDocument.TokenFlags.InitialCap) == 0 || ActorLexicon.TitleWords.ContainsWord(word)
                || ActorLexicon.OrganizationHeads.ContainsWord(word) || ActorLexicon.CompanyHeads.ContainsWord(word)
                || ActorLexicon.CompanyTypes.ContainsWord(word.ToString().ToLowerInvariant()))
            {
                return false;
            }
        }

        return true;
    }

    // A person the article names elsewhere ends with the words of tokens [first, end): "Latta" of "Cynthia Latta"
    // (a lone word only as the surname of a longer name: "Shaun" alone is no evidence for "Shaun of the Dead"). The
    // persons' endings are gathered once per article, on the first question: a scan per question was quadratic.
    private static bool EndsPersonElsewhere(NerDocument d, Span<int> labels, int first, int end, ref HashSet<string>? endings)
    {
        if (end - first > 3)
        {
            return false;
        }

        endings ??= PersonEndings(d, labels);
        return endings.Count > 0 && endings.Contains(Words(d, first, end));
    }

    private static HashSet<string> PersonEndings(NerDocument d, Span<int> labels)
    {
        var endings = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 1; j < labels.Length; j++)
        {
            if (labels[j] != NerLabels.Last(Person))
            {
                continue;
            }

            var begin = j - 1;
            while (begin > 0 && labels[begin] != NerLabels.Begin(Person))
            {
                begin--;
            }

            for (var length = 1; length <= 3 && j + 1 - length >= begin; length++)
            {
                endings.Add(Words(d, j + 1 - length, j + 1));
            }
        }

        return endings;
    }

    private static string Words(NerDocument d, int first, int end)
    {
        var document = d.Document;
        return string.Join(' ', Enumerable.Range(first, end - first).Select(t => document.TokenText(t)));
    }
}

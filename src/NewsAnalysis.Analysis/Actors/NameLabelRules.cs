namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Corrections to the recogniser's labels that the 1996 training text is too small or too old to teach: the leader
/// an office is named after ("the Biden administration"), names after a person's title, the news agencies that sign
/// wire stories, and a rank word an organisation's name swallowed.
/// </summary>
internal static class NameLabelRules
{
    private const int Person = 0, Organization = 1;

    public static void Apply(NerDocument d, Span<int> labels)
    {
        MarkLeadersOfOffices(d, labels);
        MarkTitledPersons(d, labels);
        TypeNewsAgencies(d, labels);
        TrimTitleFromOrganizations(d, labels);
        SplitPersonOfOrganization(d, labels);
    }

    // "the Biden administration", "the Starmer government", "the Trump campaign": a one-word name before such a
    // word is the person who leads it (CoNLL tags "Clinton administration" so) unless the name is a place, a
    // people or an organisation the lists know ("the Kenya government", "the British government", "the Labour
    // government"). The 1996 training text has too few of these for the model to learn it for names it never saw.
    private static void MarkLeadersOfOffices(NerDocument d, Span<int> labels)
    {
        const ushort notPerson = Gazetteer.PlacesOrDemonyms | Gazetteer.Company | Gazetteer.Club
            | Gazetteer.TrainingOrganization | Gazetteer.TrainingLocation | Gazetteer.TrainingMisc;
        for (var i = 0; i + 1 < labels.Length; i++)
        {
            var label = labels[i];
            var person = NerLabels.Unit(Person);
            if (label == person || label == NerLabels.Outside || NerLabels.IsOpen(label) || NerLabels.Continues(label)
                || (d.Flags[i] & NerDocument.TokenFlags.InitialCap) == 0 || d.SentenceOf[i + 1] != d.SentenceOf[i]
                || labels[i + 1] != NerLabels.Outside || !IsOffice(d.Document.TokenChars(i + 1))
                || (d.GazBegin[i] & notPerson) != 0)
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
        const ushort notPerson = Gazetteer.PlacesOrDemonyms | Gazetteer.Company | Gazetteer.Club
            | Gazetteer.TrainingOrganization | Gazetteer.TrainingLocation | Gazetteer.TrainingMisc;
        const NerDocument.TokenFlags capitalised = NerDocument.TokenFlags.InitialCap | NerDocument.TokenFlags.AllCaps;
        for (var i = 1; i + 1 < labels.Length; i++)
        {
            if ((d.Flags[i] & capitalised) != NerDocument.TokenFlags.InitialCap
                || (d.Flags[i - 1] & capitalised) != NerDocument.TokenFlags.InitialCap
                || d.SentenceOf[i - 1] != d.SentenceOf[i] || !IsPersonOnlyTitle(d.Document.TokenChars(i - 1)))
            {
                continue;
            }

            if (labels[i - 1] == NerLabels.Begin(Organization) && labels[i] == NerLabels.Last(Organization))
            {
                labels[i - 1] = NerLabels.Begin(Person);
                labels[i] = NerLabels.Last(Person);
            }
            else if (labels[i] == NerLabels.Outside && labels[i - 1] == NerLabels.Outside && labels[i + 1] == NerLabels.Outside
                && (d.Flags[i + 1] & NerDocument.TokenFlags.InitialCap) == 0 && d.SentenceOf[i + 1] == d.SentenceOf[i]
                && (d.GazBegin[i] & Gazetteer.LowerCaseWord) != 0 && (d.GazBegin[i] & notPerson) == 0
                && d.Document.TokenChars(i).Length >= 3 && !ActorLexicon.TitleWords.ContainsWord(d.Document.TokenChars(i)))
            {
                labels[i] = NerLabels.Unit(Person);
            }
        }
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

    // "Federal Reserve Board Vice Chairman Manuel Johnson": a rank word at the end of an organisation's name, before
    // a title, belongs to the title.
    private static void TrimTitleFromOrganizations(NerDocument d, Span<int> labels)
    {
        for (var i = 1; i + 1 < labels.Length; i++)
        {
            if (labels[i] != NerLabels.Last(Organization) || labels[i + 1] != NerLabels.Outside
                || !IsRank(d.Document.TokenChars(i)) || !ActorLexicon.TitleWords.ContainsWord(d.Document.TokenChars(i + 1)))
            {
                continue;
            }

            labels[i] = NerLabels.Outside;
            labels[i - 1] = labels[i - 1] == NerLabels.Begin(Organization) ? NerLabels.Unit(Organization) : NerLabels.Last(Organization);
        }
    }

    private static bool IsRank(ReadOnlySpan<char> word) => word is "Vice" or "Deputy" or "Acting" or "Assistant" or "Associate";

    // "Cynthia Latta of Data Resources ... Latta of Data Resources said": a surname the article gave a person,
    // then "of" and an organisation, is that person and that organisation, not one name.
    private static void SplitPersonOfOrganization(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i + 3 < labels.Length; i++)
        {
            if (labels[i] != NerLabels.Begin(Organization) || labels[i + 1] != NerLabels.Inside(Organization)
                || !d.Document.TokenChars(i + 1).Equals("of", StringComparison.Ordinal)
                || (d.Flags[i + 2] & NerDocument.TokenFlags.InitialCap) == 0 || !IsSurnameOfPerson(d, labels, i))
            {
                continue;
            }

            labels[i] = NerLabels.Unit(Person);
            labels[i + 1] = NerLabels.Outside;
            labels[i + 2] = labels[i + 2] == NerLabels.Last(Organization) ? NerLabels.Unit(Organization) : NerLabels.Begin(Organization);
        }
    }

    private static bool IsSurnameOfPerson(NerDocument d, Span<int> labels, int token)
    {
        var word = d.Document.TokenChars(token);
        for (var j = 1; j < labels.Length; j++)
        {
            if (labels[j] == NerLabels.Last(Person) && j != token && d.Document.TokenChars(j).Equals(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

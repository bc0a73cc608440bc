using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// A one-word name typed by the longer names around it: "Berger" in a list of players is a person, "Paris" after
/// "Valeska Paris" is her, "Korea" after "South Korea" is the country.
/// </summary>
internal sealed class OneWordNames(Gazetteer gazetteer)
{
    public void Retype(TextDocument document, List<NameMention> names)
    {
        PersonsInLists(document, names);
        var surnames = SurnamesOfFullNames(document, names);
        CountryNameEnds(document, names, surnames);
    }

    /// <summary>
    /// "Subs: Berger, Ashdown, Primus": a one-word name between two one-word persons in a list ("," or "and" between
    /// each) is a person too, whatever the recogniser made of an unfamiliar surname (not an acronym: "AOL", "TBC").
    /// </summary>
    private static void PersonsInLists(TextDocument document, List<NameMention> names)
    {
        for (var i = 1; i + 1 < names.Count; i++)
        {
            var (before, name, after) = (names[i - 1], names[i], names[i + 1]);
            if (name.Kind != ActorKind.Person && name.Kind != ActorKind.Other && !name.KindFromContext && name.Words.Length == 1
                && NameTokens.IsTitleCase(document.TokenChars(name.First)) && IsListedPerson(before) && IsListedPerson(after)
                && before.End + 1 == name.First && name.End + 1 == after.First
                && document.TokenChars(before.End) is "," && document.TokenChars(name.End) is "," or "and")
            {
                names[i] = name with { Kind = ActorKind.Person };
            }
        }

        static bool IsListedPerson(NameMention n) => n.Kind == ActorKind.Person && n.Words.Length == 1;
    }

    // "Valeska Paris ... Paris claims she was kept on the ship": after a person's full name, the surname alone
    // is that person, not the city of the same name (but a country or a region stays one: a headline's "Lebed
    // Chechnya peace plan" is no person called Chechnya).
    private HashSet<string> SurnamesOfFullNames(TextDocument document, List<NameMention> names)
    {
        var fullNameSurnames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Kind == ActorKind.Person && name.Words.Length > 1)
            {
                fullNameSurnames.Add(name.Words[^1]);
            }
            else if (name.Kind != ActorKind.Person && name.Words.Length == 1 && fullNameSurnames.Contains(name.Words[0])
                     && (gazetteer.Lookup(document, name.First, name.End) & (Gazetteer.Country | Gazetteer.Region)) == 0)
            {
                names[i] = name with { Kind = ActorKind.Person };
            }
        }

        return fullNameSurnames;
    }

    // "South Korea ... a chance to equalise for Korea": the last word of a listed country the article names is
    // that country, not a person (unless it is a person's surname there too).
    private void CountryNameEnds(TextDocument document, List<NameMention> names, HashSet<string> fullNameSurnames)
    {
        HashSet<string>? countryEnds = null;
        foreach (var name in names)
        {
            if (name.Kind == ActorKind.Location && name.Words.Length > 1 && (gazetteer.Lookup(document, name.First, name.End) & Gazetteer.Country) != 0)
            {
                (countryEnds ??= new HashSet<string>(StringComparer.Ordinal)).Add(name.Words[^1]);
            }
        }

        for (var i = 0; countryEnds is not null && i < names.Count; i++)
        {
            var name = names[i];
            if (name.Kind == ActorKind.Person && name.Words.Length == 1 && countryEnds.Contains(name.Words[0]) && !fullNameSurnames.Contains(name.Words[0]))
            {
                names[i] = name with { Kind = ActorKind.Location };
            }
        }
    }
}

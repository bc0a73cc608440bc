using System.Runtime.InteropServices;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// What all the article's mentions of a name say together of its kind, then one kind per written name by vote:
/// "Caddell" named alone as a person makes "Pat Caddell" one, "in Mecca" again and again makes Mecca a place,
/// "Icann" spelling the initials of an organisation named in full is that organisation.
/// </summary>
internal sealed class KindVote(KindEvidence evidence)
{
    public void Apply(TextDocument document, List<NameMention> names)
    {
        PersonsBySurname(document, names);
        ShortFormsOfOrganizations(document, names);
        ClubsAmongClubs(document, names);
        PlacesByPreposition(document, names);
        AcronymsOfOrganizations(document, names);
        Vote(document, names);
    }

    /// <summary>
    /// "pollster Pat Caddell told ... said Caddell": a full name the recogniser typed a place or an organisation is a
    /// person when it opens with a given name and the article names its last word alone as a person (the surname
    /// the rest of the article uses), unless the context or a head word ("Ford Motor Company") says otherwise.
    /// </summary>
    private void PersonsBySurname(TextDocument document, List<NameMention> names)
    {
        Dictionary<string, int>? loneSurnames = null;
        Dictionary<string, int>? others = null;
        foreach (var name in names)
        {
            var counts = name.Kind == ActorKind.Person && name.Words.Length == 1 ? (loneSurnames ??= new(StringComparer.Ordinal))
                : IsPlaceOrOrganization(name.Kind) && name.Words.Length > 1 ? (others ??= new(StringComparer.Ordinal))
                : null;
            if (counts is not null)
            {
                var key = counts == loneSurnames ? name.Words[0] : name.Key;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        if (loneSurnames is null || others is null)
        {
            return;
        }

        // Not "Aston Villa" (the club, named so most of the time, "Villa" a person once) nor "Bill for Crossrail".
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (IsPlaceOrOrganization(name.Kind) && !name.KindFromContext && name.Words.Length is 2 or 3
                && loneSurnames.TryGetValue(name.Words[^1], out var alone) && alone >= 2 && alone >= others[name.Key]
                && AllCapitalised(document, name.First, name.End)
                && evidence.StartsWithGivenName(document, name.First, name.End)
                && !ActorLexicon.OrganizationHeads.ContainsWord(document.TokenChars(name.End - 1))
                && !ActorLexicon.CompanyHeads.ContainsWord(document.TokenChars(name.End - 1)))
            {
                names[i] = name with { Kind = ActorKind.Person };
            }
        }
    }

    /// <summary>
    /// "with Chelsea the favourites", "Both Chelsea and Arsenal": a one-word name on the list of clubs that is also a
    /// given name is the club in an article that names another listed club as one, unless the article names a
    /// person with it ("Chelsea Clinton").
    /// </summary>
    private void ClubsAmongClubs(TextDocument document, List<NameMention> names)
    {
        var otherClub = names.Exists(n => n.Kind == ActorKind.Organization && n.Words.Length == 1
            && (evidence.Lists(document, n.First, n.End) & Gazetteer.Club) != 0);
        if (!otherClub)
        {
            return;
        }

        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Kind == ActorKind.Person && name.Words.Length > 1)
            {
                personWords.Add(name.Words[0]);
                personWords.Add(name.Words[^1]);
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Kind == ActorKind.Person && name.Words.Length == 1 && !name.KindFromContext && !personWords.Contains(name.Words[0])
                && (evidence.Lists(document, name.First, name.End) & (Gazetteer.Club | Gazetteer.GivenName)) == (Gazetteer.Club | Gazetteer.GivenName))
            {
                names[i] = name with { Kind = ActorKind.Organization };
            }
        }
    }

    /// <summary>
    /// "Google Inc. ... After Wait, Google Set for Debut", "Sun Microsystems ... Sun takes a step", "the Denver Broncos ...
    /// Broncos Running Back Out": a one-word name the recogniser typed a person or left untyped (a word it never saw,
    /// typed by its shape) is the organisation the article names in full, opening with that word (or ending with it
    /// after a listed place: a club named by its city). Not the surname of a person the article names in full
    /// ("Ford Motor Co." beside "Harrison Ford ... Ford said"), not a listed place or given name, nor the first word
    /// of an "organisation" opening with a given name (a person the recogniser mistyped), not when the context
    /// says otherwise. Only a person: a word it left untyped is mostly an adjective ("European", "Scottish").
    /// </summary>
    private void ShortFormsOfOrganizations(TextDocument document, List<NameMention> names)
    {
        if (!names.Exists(n => n.Kind == ActorKind.Person && n.Words.Length == 1 && !n.KindFromContext))
        {
            return;
        }

        HashSet<string>? shortForms = null;
        HashSet<string>? surnames = null;
        foreach (var name in names)
        {
            if (name.Words.Length < 2)
            {
                continue;
            }

            if (name.Kind == ActorKind.Organization && !name.Repeat)
            {
                shortForms ??= new HashSet<string>(StringComparer.Ordinal);
                // "Aston Villa ... Villa", "Nottingham Forest ... Forest": a club named by its last word.
                if ((evidence.Lists(document, name.First, name.End - 1) & Gazetteer.Places) != 0 || ActorLexicon.ClubWords.Contains(name.Words[^1]))
                {
                    shortForms.Add(name.Words[^1]);
                }

                if ((evidence.Lists(document, name.First, name.First + 1) & Gazetteer.GivenName) == 0)
                {
                    shortForms.Add(name.Words[0]);
                }
            }
            else if (name.Kind == ActorKind.Person)
            {
                surnames ??= new HashSet<string>(StringComparer.Ordinal);
                surnames.Add(name.Words[^1]);
                if (name.Words[^1].IndexOf('-', StringComparison.Ordinal) is > 0 and var hyphen)
                {
                    surnames.Add(name.Words[^1][..hyphen]);    // "Kilroy" of "Robert Kilroy-Silk"
                }
            }
        }

        if (shortForms is null)
        {
            return;
        }

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Kind == ActorKind.Person && name.Words.Length == 1 && !name.KindFromContext
                && shortForms.Contains(name.Key) && surnames?.Contains(name.Key) != true
                && (evidence.Lists(document, name.First, name.End) & (Gazetteer.PlacesOrDemonyms | Gazetteer.GivenName)) == 0)
            {
                names[i] = name with { Kind = ActorKind.Organization };
            }
        }
    }

    private static bool AllCapitalised(TextDocument document, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (document.TokenChars(t) is var word && (word.Length < 2 || !char.IsUpper(word[0])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "pilgrims arrive in Mecca ... a crane fell into Mecca's mosque ... killed near Mecca": a one-word name the
    /// recogniser typed a person (it learned the word as a given name) is a place when the article puts it after a
    /// preposition of place ("in", "near", "into") at least twice. Not before a
    /// possessive ("trust in Obama's plan"), after a stake ("interested in Yugansk") or in a title ("The Woman in White"), not
    /// a month ("in May"), not the surname of a person the article names in full.
    /// </summary>
    private static void PlacesByPreposition(TextDocument document, List<NameMention> names)
    {
        Dictionary<string, int>? afterPreposition = null;
        HashSet<string>? surnames = null;
        foreach (var name in names)
        {
            if (name.Kind == ActorKind.Person && name.Words.Length > 1)
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(name.Words[^1]);
                continue;
            }

            if (name.Words.Length > 1)
            {
                continue;
            }

            afterPreposition ??= new Dictionary<string, int>(StringComparer.Ordinal);
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(afterPreposition, name.Key, out _);
            count += AfterPlacePreposition(document, name.First, name.End) ? 1 : 0;
        }

        if (afterPreposition is null)
        {
            return;
        }

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Kind == ActorKind.Person && name.Words.Length == 1 && afterPreposition[name.Key] >= 2
                && surnames?.Contains(name.Key) != true
                && !ActorLexicon.Months.ContainsWord(document.TokenChars(name.First)))
            {
                names[i] = name with { Kind = ActorKind.Location, KindFromContext = true };
            }
        }
    }

    private static bool AfterPlacePreposition(TextDocument document, int first, int end)
    {
        var sentence = NameTokens.SentenceOf(document, first);
        if (first - 1 < sentence.FirstToken || !ActorLexicon.PlacePrepositions.ContainsWord(document.TokenChars(first - 1))
            || (first - 2 >= sentence.FirstToken && ActorLexicon.StakeNouns.ContainsWord(document.TokenChars(first - 2)))
            || (first - 2 > sentence.FirstToken && char.IsUpper(document.TokenChars(first - 2)[0])))
        {
            return false;
        }

        return end >= sentence.EndToken || !NameTokens.IsPossessive(document.TokenChars(end));
    }

    /// <summary>
    /// "the Internet Corporation for Assigned Names and Numbers, Icann ... Icann said": a one-word name spelling the
    /// initials of an organisation the article names is that organisation, whatever the recogniser made of a
    /// title-case acronym (a person, by its shape). Capitals ("US", "FA") keep the recogniser's kind: "United States"
    /// is also the initials of "United States Senate".
    /// </summary>
    private static void AcronymsOfOrganizations(TextDocument document, List<NameMention> names)
    {
        // The initials of every organisation named in words, so each one-word name is one lookup (a long text names
        // thousands of both).
        HashSet<string>? initials = null;
        foreach (var name in names)
        {
            if (name.Kind == ActorKind.Organization && name.Words.Length > 1 && DraftIndex.Acronym(name.Words) is { } acronym)
            {
                (initials ??= new(StringComparer.Ordinal)).Add(acronym);
            }
        }

        if (initials is null)
        {
            return;
        }

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Kind != ActorKind.Organization && name.Words.Length == 1 && name.Words[0].Length >= 4
                && NameTokens.IsTitleCase(document.TokenChars(name.First))
                && initials.Contains(name.Words[0]))
            {
                names[i] = name with { Kind = ActorKind.Organization, KindFromContext = true };
            }
        }
    }

    // One written name is one actor: when the recogniser typed the same name two ways in an article ("US" as a
    // location once and an organisation once), every mention takes the kind most of them have (a tie goes to
    // the kind written first). A kind the context says outright ("Pirelli shares", "chief executive of Petofi")
    // outweighs any number of the recogniser's guesses: it types names it never saw by their shape, the same way
    // every time. In a line without a lower-case word (a results table, a schedule, a dateline) only such context
    // outvotes the recogniser between place and organisation: there the same city is the team in one row
    // ("CHICAGO 70 62") and the venue in the next ("ATLANTA AT CHICAGO", "NEW YORK 1996-08-30"), and the recogniser
    // learned these lines' conventions from the wire.
    private static void Vote(TextDocument document, List<NameMention> names)
    {
        const int Kinds = 4;

        // Each written name a slot, each mention its name's slot: one hash per mention.
        var slots = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        var slotOf = new int[names.Count];
        var counts = new int[names.Count * 2 * Kinds];    // per slot, the context's votes per kind, then the recogniser's
        var firstKind = new ActorKind[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, name.Key, out var exists);
            if (!exists)
            {
                slot = slots.Count - 1;
                firstKind[slot] = name.Kind;
            }

            slotOf[i] = slot;
            if (!name.Repeat)
            {
                counts[slot * 2 * Kinds + (name.KindFromContext ? 0 : Kinds) + (int)name.Kind]++;
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            var at = slotOf[i] * 2 * Kinds;
            var best = (int)firstKind[slotOf[i]];
            for (var k = 0; k < Kinds; k++)
            {
                if (counts[at + k] > counts[at + best] || (counts[at + k] == counts[at + best] && counts[at + Kinds + k] > counts[at + Kinds + best]))
                {
                    best = k;
                }
            }

            var own = names[i].Kind;
            var kind = (ActorKind)best;
            if (kind != own && !(IsPlaceOrOrganization(kind) && IsPlaceOrOrganization(own) && counts[at + best] == 0
                                 && InLineWithoutLowercase(document, names[i].First)))
            {
                names[i] = names[i] with { Kind = kind };
            }
        }
    }

    private static bool InLineWithoutLowercase(TextDocument document, int token)
    {
        var sentence = NameTokens.SentenceOf(document, token);
        return NameTokens.HasNoLowerCase(document, sentence.FirstToken, sentence.EndToken);
    }

    private static bool IsPlaceOrOrganization(ActorKind kind) => kind is ActorKind.Location or ActorKind.Organization;
}

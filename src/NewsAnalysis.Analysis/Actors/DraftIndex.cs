namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// The actors drafted so far, by the words and acronyms of their names: a name can only join an actor that shares a
/// word with it or stands for it as an acronym, so matching looks at those few instead of every actor of the article
/// (a 10 MB text has thousands).
/// </summary>
internal sealed class DraftIndex
{
    private readonly Dictionary<string, List<ActorDraft>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActorDraft>> _byAcronym = new(StringComparer.Ordinal);
    private readonly List<ActorDraft> _candidates = [];

    // Acronyms are looked up and stored from the stack: a string is made only for an acronym the index has not seen.
    private readonly Dictionary<string, List<ActorDraft>>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly Dictionary<string, List<ActorDraft>>.AlternateLookup<ReadOnlySpan<char>> _acronymsBySpan;

    public DraftIndex()
    {
        _wordsBySpan = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _acronymsBySpan = _byAcronym.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; private set; }

    public ActorDraft Create()
    {
        return new ActorDraft { Order = Count++ };
    }

    /// <summary>Call after <paramref name="name"/> joined <paramref name="draft"/>.</summary>
    public void Add(ActorDraft draft, NameMention name)
    {
        foreach (var word in name.Words)
        {
            Append(_byWord, word, draft);
        }

        Span<char> letters = stackalloc char[MaxAcronym];
        var k = Initials(name.Words, letters);
        if (k > 0)
        {
            Append(_acronymsBySpan, letters[..k], draft);
        }

        // "Department for Education" is also the DfE, "Ministry of Defence" the MoD.
        var linked = Initials(name.Words, letters, withLinks: true);
        if (linked > k)
        {
            Append(_acronymsBySpan, letters[..linked], draft);
        }

        // "Federal Reserve" is also the Fed, "Metropolitan Police" the Met.
        if (name.Words.Length > 1 && name.Words[0].Length >= MinClipped)
        {
            Append(_acronymsBySpan, name.Words[0].AsSpan(0, 3), draft);
            Append(_acronymsBySpan, name.Words[0].AsSpan(0, 4), draft);
        }
    }

    private const int MinClipped = 6;

    /// <summary>Every draft that shares a word with <paramref name="name"/> or an acronym with it (may repeat).</summary>
    public List<ActorDraft> Candidates(NameMention name)
    {
        _candidates.Clear();
        foreach (var word in name.Words)
        {
            AddAll(_wordsBySpan, word);
        }

        if (name.Words.Length == 1)
        {
            AddAll(_acronymsBySpan, name.Words[0]);
        }
        else
        {
            Span<char> letters = stackalloc char[MaxAcronym];
            var k = Initials(name.Words, letters);
            if (k > 0)
            {
                AddAll(_wordsBySpan, letters[..k]);
            }

            var linked = Initials(name.Words, letters, withLinks: true);
            if (linked > k)
            {
                AddAll(_wordsBySpan, letters[..linked]);
            }

            if (name.Words[0].Length >= MinClipped)
            {
                AddAll(_wordsBySpan, name.Words[0].AsSpan(0, 3));
                AddAll(_wordsBySpan, name.Words[0].AsSpan(0, 4));
            }
        }

        return _candidates;
    }

    /// <summary>The initials a one-word acronym of these words would have ("united nations" → "un"), if 2-6 long.</summary>
    public static string? Acronym(string[] words)
    {
        Span<char> letters = stackalloc char[MaxAcronym];
        var k = Initials(words, letters);
        return k == 0 ? null : new string(letters[..k]);
    }

    /// <summary>Whether <paramref name="acronym"/> is the initials of <paramref name="words"/> ("un", "united nations").</summary>
    public static bool IsAcronymOf(string acronym, string[] words)
    {
        Span<char> letters = stackalloc char[MaxAcronym];
        var k = Initials(words, letters);
        if (k > 0 && letters[..k].SequenceEqual(acronym))
        {
            return true;
        }

        var linked = Initials(words, letters, withLinks: true);
        return linked > k && letters[..linked].SequenceEqual(acronym);
    }

    private const int MaxAcronym = 6;

    // The first letters of the words other than "of", "the", "and"...: their count, or 0 when not 2 to 6 of them.
    // With links, "of" and "for" count too, as British departments write them ("DfE", "MoD").
    private static int Initials(string[] words, Span<char> letters, bool withLinks = false)
    {
        if (words.Length < 2)
        {
            return 0;
        }

        var k = 0;
        foreach (var word in words)
        {
            if ((!withLinks && word is "of" or "for") || word is "the" or "and" or "de" or "&")
            {
                continue;
            }

            if (word.Length == 0 || k == letters.Length)
            {
                return 0;
            }

            // "Velmora Teachers' Union": the possessive's apostrophe is no word of the name.
            if (!char.IsLetterOrDigit(word[0]))
            {
                continue;
            }

            // "UK Health Security Agency" is the UKHSA, the "US Agency for International Development" USAID: a
            // country's or union's two letters go in whole.
            if (word is "uk" or "us" or "eu" or "un")
            {
                if (k + word.Length > letters.Length)
                {
                    return 0;
                }

                word.CopyTo(letters[k..]);
                k += word.Length;
                continue;
            }

            letters[k++] = word[0];
        }

        return k >= 2 ? k : 0;
    }

    private void AddAll(Dictionary<string, List<ActorDraft>>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<char> key)
    {
        if (index.TryGetValue(key, out var drafts))
        {
            _candidates.AddRange(drafts);
        }
    }

    private static void Append(Dictionary<string, List<ActorDraft>> index, string key, ActorDraft draft) =>
        Append(ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _), draft);

    private static void Append(Dictionary<string, List<ActorDraft>>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<char> key, ActorDraft draft) =>
        Append(ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _), draft);

    private static void Append(ref List<ActorDraft>? drafts, ActorDraft draft)
    {
        drafts ??= [];
        if (drafts.Count == 0 || drafts[^1] != draft)
        {
            drafts.Add(draft);
        }
    }
}

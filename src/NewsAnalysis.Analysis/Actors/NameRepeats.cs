using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// One name, one reading per article: where the recogniser found a name once it also finds it where it left the
/// same words out ("Scientology" named in one sentence, missed in five others: a word 1996 news never saw gets
/// uncertain scores), and "World Health Organisation (WHO)" names WHO.
/// </summary>
internal static class NameRepeats
{
    /// <param name="names">The cleaned names in text order.</param>
    /// <returns>The names with the repeats added, in text order.</returns>
    public static List<NameMention> AddMissed(TextDocument document, List<NameMention> names)
    {
        var count = document.Tokens.Count;
        var covered = new bool[count];
        if (names.Count == 0)
        {
            // A credit is the one name of "Volcano Monitoring Funds Low ( AP )\nAP - For lack of funds".
            var credits = new List<NameMention>();
            NewsCredits.Add(document, covered, credits);
            return credits.Count == 0 ? names : credits;
        }

        foreach (var name in names)
        {
            Array.Fill(covered, true, name.First, name.End - name.First);
        }

        CompleteFromLongerForms(document, names, covered);

        var added = new List<NameMention>();
        AddBracketedAcronyms(document, names, covered, added);
        NewsCredits.Add(document, covered, added);
        StockListings.Add(document, names, covered, added);

        // The written forms by their first word, longest first.
        var byFirst = new Dictionary<string, List<NameMention>>(names.Count + added.Count, StringComparer.Ordinal);
        var firstWords = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        AddForms(document, names, firstWords);
        AddForms(document, added, firstWords);

        foreach (var forms in byFirst.Values)
        {
            forms.Sort((a, b) => (b.End - b.First).CompareTo(a.End - a.First));
        }

        HashSet<string>? seenLower = null;
        for (var i = 0; i < count; i++)
        {
            var token = document.TokenChars(i);
            if (covered[i] || token.Length == 0 || !char.IsUpper(token[0]) || !firstWords.TryGetValue(token, out var candidates))
            {
                continue;
            }

            var sentence = NameTokens.SentenceOf(document, i);
            foreach (var form in candidates)
            {
                var length = form.End - form.First;
                if (!Matches(document, form, i, sentence.EndToken, covered)
                    || (i > sentence.FirstToken && IsCapitalised(document.TokenChars(i - 1)))
                    || (i + length < sentence.EndToken && IsCapitalised(document.TokenChars(i + length))))
                {
                    continue;
                }

                // "Will" opening a sentence is the verb when the article also writes "will".
                if (i == sentence.FirstToken && length == 1 && !NameTokens.HasNoLowerCase(token))
                {
                    seenLower ??= WrittenInLowerCase(document, byFirst.Keys);
                    if (seenLower.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token))
                    {
                        continue;
                    }
                }

                var span = new Span(document.Tokens[i].Span.Start, document.Tokens[i + length - 1].Span.End);
                added.Add(new NameMention(i, i + length, form.Kind, form.Words, span) { Repeat = true });
                Array.Fill(covered, true, i, length);
                i += length - 1;
                break;
            }
        }

        if (added.Count == 0)
        {
            return names;
        }

        names.AddRange(added);
        names.Sort((a, b) => a.First.CompareTo(b.First));
        return names;
    }

    // Each written form once under its first word as the text writes it; a lookup by the token's characters, so only a
    // first word not seen yet is copied out.
    private static void AddForms(TextDocument document, List<NameMention> names,
        Dictionary<string, List<NameMention>>.AlternateLookup<ReadOnlySpan<char>> byFirst)
    {
        foreach (var name in names)
        {
            var first = document.TokenChars(name.First);
            if (!byFirst.TryGetValue(first, out var forms))
            {
                forms = [];
                byFirst[first] = forms;
            }

            if (!HasForm(forms, name.Key))
            {
                forms.Add(name);
            }
        }
    }

    private static bool HasForm(List<NameMention> forms, string key)
    {
        foreach (var form in forms)
        {
            if (form.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    // "Stealth Over Health: Hillary Clinton Was Headed to ER" where the recogniser took only "Clinton": a name whose
    // capitalised neighbour completes a longer name of the same kind that the article also writes is that name.
    private static void CompleteFromLongerForms(TextDocument document, List<NameMention> names, bool[] covered)
    {
        // The longer names' keys by kind: no string built per name.
        HashSet<string>?[]? longer = null;
        foreach (var name in names)
        {
            if (name.Words.Length > 1)
            {
                longer ??= new HashSet<string>?[4];
                (longer[(int)name.Kind] ??= new HashSet<string>(StringComparer.Ordinal)).Add(name.Key);
            }
        }

        if (longer is null)
        {
            return;
        }

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var sentence = NameTokens.SentenceOf(document, name.First);
            var before = name.First - 1;
            if (before >= sentence.FirstToken && !covered[before] && IsCapitalised(document.TokenChars(before))
                && longer[(int)name.Kind] is { } ofKind)
            {
                var word = NameTokens.Normalize(document.TokenChars(before));
                if (ofKind.Contains(word + " " + name.Key))
                {
                    var span = new Span(document.Tokens[before].Span.Start, name.Span.End);
                    names[i] = new NameMention(before, name.End, name.Kind, [word, .. name.Words], span) { KindFromContext = name.KindFromContext };
                    covered[before] = true;
                }
            }
        }
    }

    // "World Health Organisation ( WHO )", "Movimento 5 Stelle ( M5S )": the capitals in brackets right after a
    // name of several words are its short form, of the same kind. Where the recogniser found them too, the brackets
    // say their kind outright: it types capitals it never saw by their shape, and "Basic facts about ASEAN" in a
    // headline is no organisation to it.
    private static void AddBracketedAcronyms(TextDocument document, List<NameMention> names, bool[] covered, List<NameMention> added)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var a = name.End;
            if (name.Kind == ActorKind.Person || name.End - name.First < 2 || a + 2 >= document.Tokens.Count
                || !document.TokenChars(a).Equals("(", StringComparison.Ordinal) || !document.TokenChars(a + 2).Equals(")", StringComparison.Ordinal)
                || !IsAcronym(document.TokenChars(a + 1)))
            {
                continue;
            }

            if (!covered[a + 1])
            {
                added.Add(new NameMention(a + 1, a + 2, name.Kind, [NameTokens.Normalize(document.TokenChars(a + 1))], document.Tokens[a + 1].Span));
                covered[a + 1] = true;
                continue;
            }

            // The names are in text order: the one in the brackets, if the recogniser found it alone, is soon after.
            // Its first letter is the name's ("South Africa ( NAAMSA )" is the end of a longer name the recogniser cut).
            if (char.ToUpperInvariant(document.TokenChars(a + 1)[0]) != char.ToUpperInvariant(document.TokenChars(name.First)[0]))
            {
                continue;
            }

            var j = i + 1;
            while (j < names.Count && names[j].First < a + 1)
            {
                j++;
            }

            if (j < names.Count && names[j].First == a + 1 && names[j].End == a + 2 && !names[j].KindFromContext)
            {
                names[j] = names[j] with { Kind = name.Kind, KindFromContext = true };
            }
        }
    }

    private static bool Matches(TextDocument document, NameMention form, int at, int sentenceEnd, bool[] covered)
    {
        var length = form.End - form.First;
        if (at + length > sentenceEnd)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            if (covered[at + k] || !document.TokenChars(at + k).SequenceEqual(document.TokenChars(form.First + k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of <paramref name="words"/> the document also writes with a lower-case first letter
    /// ("iodine" for "Iodine"), in one pass over its tokens.</summary>
    public static HashSet<string> WrittenInLowerCase(TextDocument document, IReadOnlyCollection<string> words)
    {
        // Sized once: a set grown word by word copies itself at every step.
        var wanted = new HashSet<string>(words.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var w in words)
        {
            if (w.Length > 0)
            {
                wanted.Add(w);
            }
        }

        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (wanted.Count == 0)
        {
            return found;
        }

        // Most tokens differ in length or first letter from every wanted word: those two tests skip the hashing.
        ulong lengths = 0;
        Span<bool> firsts = stackalloc bool[128];
        var anyFirst = false;
        foreach (var word in wanted)
        {
            lengths |= 1UL << Math.Min(word.Length, 63);
            var c = char.ToLowerInvariant(word[0]);
            if (c < 128)
            {
                firsts[c] = true;
            }
            else
            {
                anyFirst = true;
            }
        }

        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var j = 0; j < document.Tokens.Count; j++)
        {
            var token = document.TokenChars(j);
            if (token.Length > 0 && (lengths >> Math.Min(token.Length, 63) & 1) != 0 && (anyFirst || (token[0] < 128 && firsts[token[0]]))
                && char.IsLower(token[0]) && lookup.TryGetValue(token, out var word))
            {
                found.Add(word);
            }
        }

        return found;
    }

    private static bool IsCapitalised(ReadOnlySpan<char> token) => token.Length > 0 && char.IsUpper(token[0]);

    // 2 to 6 characters, letters and digits, at least two capitals and no lower-case letter: "WHO", "M5S", "NWSC".
    private static bool IsAcronym(ReadOnlySpan<char> token)
    {
        if (token.Length is < 2 or > 6)
        {
            return false;
        }

        var capitals = 0;
        foreach (var c in token)
        {
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return capitals >= 2;
    }
}

using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Links pronouns and nominals to actors with a deterministic heuristic: he/she → the first gender-compatible
/// person named in the same sentence before it, else in the nearest of the two previous sentences (the subject
/// is usually named first); it/its/they → a recent organisation; "the prime minister" → the last actor
/// introduced with that title; "the company" → the last organisation.
/// </summary>
internal sealed class Coreference
{
    private const int PersonWindow = 3;      // sentences looked back for he/she
    private const int OrganizationWindow = 1;
    private const int RoleWindow = 4;           // sentences looked back for "the defender", "the 30-year-old"

    private readonly TextDocument _document;
    private readonly List<ActorDraft> _drafts;
    private readonly List<(int Token, int Sentence, ActorDraft Draft)> _history = [];
    private readonly (NameMention Name, ActorDraft Draft)[] _names;
    private readonly bool[] _nameStarts;
    private readonly int[] _sentenceOf;

    public Coreference(TextDocument document, List<ActorDraft> drafts, Dictionary<NameMention, ActorDraft> owner)
    {
        _document = document;
        _drafts = drafts;
        _names = owner.Select(o => (o.Key, o.Value)).OrderBy(o => o.Key.First).ToArray();
        _sentenceOf = new int[document.Tokens.Count];
        _nameStarts = new bool[document.Tokens.Count + 1];
        foreach (var (name, _) in _names)
        {
            _nameStarts[name.First] = true;
        }

        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                _sentenceOf[i] = s;
            }
        }
    }

    public void Link()
    {
        if (_drafts.Count == 0)
        {
            return;
        }

        var next = 0;
        var tokens = _document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (next < _names.Length && _names[next].Name.First == i)
            {
                var (name, draft) = _names[next++];
                _history.Add((name.First, _sentenceOf[i], draft));
                while (next < _names.Length && _names[next].Name.First < name.End)
                {
                    next++;
                }

                i = name.End - 1;
                continue;
            }

            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = _document.TokenChars(i);
            if (ActorLexicon.IsPronoun(word))
            {
                LinkPronoun(i, word);
            }
            else if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                i = LinkNominal(i);
            }
        }
    }

    private void LinkPronoun(int i, ReadOnlySpan<char> word)
    {
        var (gender, plural, neuter) = ActorLexicon.Pronoun(word);
        var sentence = _sentenceOf[i];
        ActorDraft? found;
        if (plural || neuter)
        {
            // "it" only as the subject of a reporting verb ("it said"); "its"/"they" when an organisation was the
            // last name in this or the previous sentence.
            if (word.Equals("it", StringComparison.OrdinalIgnoreCase) && !ReportingVerbFollows(i))
            {
                return;
            }

            var last = _history.Count > 0 ? _history[^1] : default;
            found = last.Draft is { Kind: ActorKind.Organization } && sentence - last.Sentence <= OrganizationWindow ? last.Draft : null;
        }
        else
        {
            found = FirstPersonBefore(i, sentence, gender);
        }

        if (found is null)
        {
            return;
        }

        if (found.Gender == ActorLexicon.Gender.Unknown && gender != ActorLexicon.Gender.Unknown)
        {
            found.Gender = gender;
        }

        Add(found, i, i + 1, MentionType.Pronoun);
    }

    private ActorDraft? FirstPersonBefore(int token, int sentence, ActorLexicon.Gender gender)
    {
        // The history is in text order: walk back to the window's start, then take the first match per sentence.
        var h = _history.Count;
        while (h > 0 && sentence - _history[h - 1].Sentence < PersonWindow)
        {
            h--;
        }

        ActorDraft? best = null;
        var bestSentence = -1;
        for (; h < _history.Count; h++)
        {
            var (t, s, draft) = _history[h];
            if (t < token && s > bestSentence && draft.Kind == ActorKind.Person
                && (draft.Gender == ActorLexicon.Gender.Unknown || gender == ActorLexicon.Gender.Unknown || draft.Gender == gender))
            {
                best = draft;
                bestSentence = s;
            }
        }

        return best;
    }

    private bool ReportingVerbFollows(int i)
    {
        var sentence = _document.Sentences[_sentenceOf[i]];
        for (var j = i + 1; j < Math.Min(i + 3, sentence.EndToken); j++)
        {
            if (ActorLexicon.ReportingVerbs.ContainsWord(_document.TokenChars(j)))
            {
                return true;
            }
        }

        return false;
    }

    // "the prime minister", "the company": returns the last token consumed.
    private int LinkNominal(int the)
    {
        var sentenceEnd = _document.Sentences[_sentenceOf[the]].EndToken;
        if (the + 1 < sentenceEnd && IsNameStart(the + 1))
        {
            // "The Bank of England": the article's own name, not "the bank" naming an earlier actor again.
            return the;
        }

        var candidates = the + 1 < sentenceEnd && TitlesByFirstWord.TryGetValue(_document.TokenChars(the + 1), out var found) ? found : [];
        foreach (var t in candidates)
        {
            var title = ActorLexicon.NominalTitles[t];
            var end = MatchWords(the + 1, sentenceEnd, TitleWords[t]);
            if (end < 0 || (end < sentenceEnd && IsNameStart(end)))
            {
                continue;
            }

            var draft = LastWith(d => d.Kind == ActorKind.Person && d.Titles.Contains(title), int.MaxValue, the);
            if (draft is not null)
            {
                Add(draft, the, end, MentionType.Nominal);
                return end - 1;
            }
        }

        if (the + 1 < sentenceEnd && NominalKind(the + 1) is { } kind
            && !(the + 2 < sentenceEnd && (IsNameStart(the + 2) || (kind == ActorKind.Person && _document.TokenChars(the + 2) is "of"))))
        {
            // A role names again the person the story is about, often a few quoted sentences later.
            var window = kind == ActorKind.Person ? RoleWindow : 2;
            var draft = LastWith(d => d.Kind == kind && (kind != ActorKind.Location || d.IsCountry), window, the);
            if (draft is not null)
            {
                Add(draft, the, the + 2, MentionType.Nominal);
                return the + 1;
            }
        }

        return the;
    }

    private bool IsNameStart(int token) => _nameStarts[token];

    // "the company", "the defender", "the 30-year-old".
    private ActorKind? NominalKind(int token)
    {
        var word = _document.TokenChars(token);
        if (word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) && word.Length > 9 && char.IsDigit(word[0]))
        {
            return ActorKind.Person;
        }

        return KindNominals.TryGetValue(word, out var kind) ? kind : null;
    }

    private static readonly Dictionary<string, ActorKind>.AlternateLookup<ReadOnlySpan<char>> KindNominals =
        ActorLexicon.KindNominals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[][] TitleWords = ActorLexicon.NominalTitles.Select(t => t.Split(' ')).ToArray();

    // "the" is one word in twenty: only the titles that can start with the next word are tried, in lexicon order.
    private static readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> TitlesByFirstWord =
        Enumerable.Range(0, TitleWords.Length)
            .GroupBy(t => TitleWords[t][0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private int MatchWords(int start, int limit, string[] words)
    {
        var i = start;
        foreach (var part in words)
        {
            if (i >= limit || !_document.TokenChars(i).Equals(part, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            i++;
        }

        return i;
    }

    private ActorDraft? LastWith(Func<ActorDraft, bool> accept, int window, int token)
    {
        var sentence = _sentenceOf[token];
        for (var h = _history.Count - 1; h >= 0; h--)
        {
            var (_, s, draft) = _history[h];
            if (sentence - s > window)
            {
                break;
            }

            if (accept(draft))
            {
                return draft;
            }
        }

        return null;
    }

    private void Add(ActorDraft draft, int first, int end, MentionType type)
    {
        var span = new Span(_document.Tokens[first].Span.Start, _document.Tokens[end - 1].Span.End);
        draft.Others.Add(new Mention(span, span.Of(_document.Text), type));
        _history.Add((first, _sentenceOf[first], draft));
    }
}

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// The topic: the organisation or country the text is about, which "it", "its", "they", "the company" and "the
/// government" mostly mean. A sentence's subject sets it, a pronoun or nominal that names it again keeps it.
/// </summary>
internal sealed partial class Coreference
{
    // "It lost 464,000 subscribers", "said that it now owns", "which it had reported": an "it" that opens a clause and
    // does something. "It is clear", "it would be", "it emerged", "it takes time" are no one.
    private bool ActsAsSubject(int token)
    {
        if (_quoted[token])
        {
            return false;
        }

        var s = _document.Sentences[_sentenceOf[token]];
        var before = token == s.FirstToken || CoreferenceWords.ClauseOpeners.ContainsWord(_document.TokenChars(token - 1)) || IsSpeech(token - 1);
        if (!before)
        {
            return false;
        }

        var next = token + 1;
        while (next < s.EndToken && IsAdverb(next))
        {
            next++;
        }

        if (next >= s.EndToken - 1)
        {
            return false;
        }

        var verb = _document.TokenChars(next);
        if (!char.IsLower(verb[0]) || CoreferenceWords.Impersonal.ContainsWord(verb))
        {
            return false;
        }

        var after = _document.TokenChars(next + 1);
        if (CoreferenceWords.Be.ContainsWord(verb))
        {
            // "It is also encouraging citizens", "it was making": a progressive tense acts.
            return after.EndsWith("ing", StringComparison.Ordinal) && after.Length > 5 && !CoreferenceWords.Impersonal.ContainsWord(after);
        }

        if (!CoreferenceWords.Auxiliaries.ContainsWord(verb))
        {
            return true;
        }

        // "it would be", "it has been", "it has emerged", "it will not take long": the verb after the auxiliary decides.
        var main = next + 1;
        while (main < s.EndToken && (IsAdverb(main) || Is(main, "not") || Is(main, "n't")))
        {
            main++;
        }

        var word = main < s.EndToken ? _document.TokenChars(main) : [];
        return !(word is "be" or "been" || (word is "have" && Is(main + 1, "been")) || CoreferenceWords.Impersonal.ContainsWord(word));
    }

    // "It lost ...", "Last month, it signed ...": the topic of this or the last sentence; "analysts are optimistic that
    // it will", "claiming that it undervalued": in a clause that hangs on another, only this sentence's own.
    private ActorDraft? SubjectIt(int token, int sentence)
    {
        if (!ActsAsSubject(token))
        {
            return null;
        }

        var window = token > 0 && CoreferenceWords.Subordinators.ContainsWord(_document.TokenChars(token - 1)) ? 0 : ItWindow;
        return TopicWithin(sentence, window, null) is { Possessive: false } topic ? topic.Draft : CitedBefore(token, sentence);
    }

    // "..., according to security firm Clearswift. It has recently seen ...": a sentence that opens with "It" after
    // one that ends citing an organisation goes on about that organisation.
    private ActorDraft? CitedBefore(int token, int sentence)
    {
        if (sentence == 0 || _document.Sentences[sentence].FirstToken != token || _history.Count == 0)
        {
            return null;
        }

        var last = _history[^1];
        if (last.Sentence != sentence - 1 || last.Draft.Kind != ActorKind.Organization || last.End + 1 < _document.Sentences[sentence - 1].EndToken)
        {
            return null;
        }

        // Only when "It" reports or observes, as a source does ("It has recently seen a rise", "It expects ..."); "It
        // has taken $65m" after "..., according to industry website Screen Daily." is the film the sentence was about.
        var verb = token + 1;
        while (verb < _document.Sentences[sentence].EndToken && verb <= token + 3 && (Is(verb, "has") || Is(verb, "have") || Is(verb, "also") || IsAdverb(verb)))
        {
            verb++;
        }

        if (!IsSpeech(verb) && !SourceVerbs.ContainsWord(_document.TokenChars(verb)))
        {
            return null;
        }

        for (var t = last.Token - 2; t >= last.Token - 5 && t >= _document.Sentences[sentence - 1].FirstToken; t--)
        {
            if (Is(t, "according") && Is(t + 1, "to"))
            {
                return last.Draft;
            }
        }

        return null;
    }

    private static readonly HashSet<string> SourceVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "seen", "found", "finds", "expects", "expected", "estimates", "estimated", "predicts", "predicted", "forecasts",
        "forecast", "believes", "reported", "reports", "noted", "notes", "warned", "warns", "recorded", "counted",
    };

    private Topic? TopicWithin(int sentence, int window, ActorKind? kind) =>
        _topic is { } t && sentence - t.Sentence <= window && (kind is null || t.Draft.Kind == kind) ? t : null;

    // The first organisation or country of a sentence that does something ("Ford said", "Barclays, the bank, has",
    // "Sony is entering"), outside a preposition's object, is what the sentence is about; one that only modifies
    // ("BA chairman Martin Broughton", "the Rosneft announcement") is not. An owner ("Nintendo's DS went on sale")
    // stands in until the sentence's subject comes.
    private void NoteSubject(int first, int end, ActorDraft draft)
    {
        var sentence = _sentenceOf[first];
        if (_subjectSentence == sentence || _quoted[first] || !IsTopicKind(draft) || AfterPreposition(first))
        {
            return;
        }

        if (Is(end, "'s") || Is(end, "\u2019s"))
        {
            if (_topic is not { } t || t.Sentence != sentence)
            {
                _topic = new Topic(draft, sentence, true);
            }

            return;
        }

        if (ActsNext(end, sentence))
        {
            _subjectSentence = sentence;
            _topic = new Topic(draft, sentence, false);
            _subjectsSoFar[draft.Order]++;
        }
    }

    private static bool IsTopicKind(ActorDraft draft) =>
        draft.Kind == ActorKind.Organization || (draft.Kind == ActorKind.Location && draft.IsCountry);

    private bool ActsNext(int end, int sentence)
    {
        var limit = _document.Sentences[sentence].EndToken;
        var k = end;
        while (k < limit && IsAdverb(k))
        {
            k++;
        }

        if (k >= limit)
        {
            return false;
        }

        // "the Weatherspoon Art Museum at the University of North Carolina saw ...": past a place or owner it names.
        var reach = Math.Min(limit, k + AppositiveReach);
        if (CoreferenceWords.Prepositions.ContainsWord(_document.TokenChars(k)))
        {
            var after = k + 1;
            while (after < reach && (Is(after, "the") || CoreferenceWords.Prepositions.ContainsWord(_document.TokenChars(after))
                || char.IsUpper(_document.TokenChars(after)[0])))
            {
                after++;
            }

            k = after > k + 1 && after < reach ? after : k;
        }

        var word = _document.TokenChars(k);
        if (word is "," or "(")
        {
            return true;
        }

        return word.Length > 1 && char.IsLower(word[0])
            && (word.EndsWith("ed", StringComparison.Ordinal) || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3)
                || ActorLexicon.ReportingVerbs.ContainsWord(word) || IsSpeech(k) || CoreferenceWords.Auxiliaries.ContainsWord(word)
                || CoreferenceWords.Be.ContainsWord(word) || CoreferenceWords.Relatives.ContainsWord(word)
                || CoreferenceWords.IrregularPast.ContainsWord(word));
    }

    // "also", "now", "definitely": between a subject and its verb.
    private bool IsAdverb(int token)
    {
        var word = _document.TokenChars(token);
        return CoreferenceWords.Adverbs.ContainsWord(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]));
    }

    // "the company", "the country": of the organisations (countries) met in the last sentences, the one named most
    // often so far, the topic and the recent ones first: "the organization" is Scientology, not the Sea Org just named.
    private ActorDraft? Salient(ActorKind kind, int sentence, Func<ActorDraft, bool>? accept = null)
    {
        ActorDraft? best = null;
        var bestScore = -1;
        for (var h = _history.Count - 1; h >= 0 && h >= _history.Count - SalienceReach && sentence - _history[h].Sentence <= TopicWindow; h--)
        {
            var draft = _history[h].Draft;
            if (draft.Kind != kind || (kind == ActorKind.Location && !draft.IsCountry) || draft.ForcedOther
                || (accept is not null && !accept(draft)))
            {
                continue;
            }

            var score = _mentionsSoFar[draft.Order] + (_topic?.Draft == draft ? 1 : 0) + (sentence - _history[h].Sentence <= 1 ? 1 : 0);
            if (score > bestScore)
            {
                best = draft;
                bestScore = score;
            }
        }

        return best;
    }

    // "the bank" after "the Bank of America", "the party" after "the Labour Party": a name of the actor, before the
    // nominal, holds its noun.
    private bool NamedWith(ActorDraft draft, int noun, int before)
    {
        var word = _document.TokenChars(noun);
        foreach (var name in NamesBefore(draft, before))
        {
            for (var t = name.First; t < name.End; t++)
            {
                if (_document.TokenChars(t).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "the Save Hogs Back group", "gaming group Wembley": a name the article gave as a group's ("A British Muslim
    // group" and "Irish can win group" describe no name).
    private bool IntroducedAsGroup(ActorDraft draft, int before)
    {
        foreach (var name in NamesBefore(draft, before))
        {
            if ((Is(name.End, "group") && Is(name.First - 1, "the")) || Is(name.First - 1, "group"))
            {
                return true;
            }
        }

        return false;
    }

    // "budget airline Ryanair", "Japanese car maker Mitsubishi", "Hang Seng bank": a name the article gave one of
    // these words beside, at one of its first mentions.
    private bool IntroducedAs(ActorDraft draft, string[] words, int before, bool lowerCase = false)
    {
        foreach (var name in NamesBefore(draft, before))
        {
            foreach (var word in words)
            {
                if (Is(name.End, word) && _sentenceOf[name.End] == _sentenceOf[name.First] && !(lowerCase && char.IsUpper(_document.TokenChars(name.End)[0])))
                {
                    return true;
                }

                // Back over the words describing the name, not past a conjunction, a preposition or the sentence.
                for (var t = name.First - 1; t >= 0 && t >= name.First - 3 && _sentenceOf[t] == _sentenceOf[name.First]; t--)
                {
                    if (Is(t, word) && !(lowerCase && char.IsUpper(_document.TokenChars(t)[0])))
                    {
                        return true;
                    }

                    // "United's budget airline, Kingfisher Airlines": an apposition's comma is passed.
                    var appositionComma = t == name.First - 1 && Is(t, ",");
                    if (!appositionComma && (_document.Tokens[t].Kind != Text.TokenKind.Word || ActorLexicon.FunctionWords.ContainsWord(_document.TokenChars(t)) || Is(t, "of") || Is(t, "to")))
                    {
                        break;
                    }
                }
            }
        }

        return false;
    }

    // The names an actor was given before a token, in text order.
    private ReadOnlySpan<NameMention> NamesBefore(ActorDraft draft, int before)
    {
        _introductions ??= Introductions();
        if (!_introductions.TryGetValue(draft, out var names))
        {
            return [];
        }

        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(names);
        var count = 0;
        while (count < all.Length && all[count].First < before)
        {
            count++;
        }

        return all[..count];
    }

    // Each actor's first few name mentions, gathered once: a long text would otherwise be searched again for every
    // "the airline".
    private Dictionary<ActorDraft, List<NameMention>> Introductions()
    {
        var introductions = new Dictionary<ActorDraft, List<NameMention>>(ReferenceEqualityComparer.Instance);
        foreach (var (name, draft) in _names)
        {
            if (!introductions.TryGetValue(draft, out var names))
            {
                introductions[draft] = names = [];
            }

            if (names.Count < IntroductionMentions)
            {
                names.Add(name);
            }
        }

        return introductions;
    }

    private const int IntroductionMentions = 8;

    // "South Korea will boost spending. It has earmarked $96bn. The government's main problems ...": the country the
    // text is about, when it has been so more than once; a British story's "Iraq had no such weapons" is an aside.
    private ActorDraft? GovernmentOfTopic(int sentence) =>
        TopicWithin(sentence, ItWindow, ActorKind.Location) is { Possessive: false } topic && _subjectsSoFar[topic.Draft.Order] >= 2 ? topic.Draft : null;
}

using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Links pronouns and nominals to actors with deterministic rules, measured on bench/coref-wikinews (`eval coref`):
/// he/she → a gender-compatible person named earlier in the same sentence (one whose gender is known to fit first;
/// the subject before an "according to" source; the first, the last for himself/herself; a pronoun inside a
/// quotation never the speaker outside it, one outside never a name inside it), else the subject after a leading
/// clause's comma ("After his release, Smith ..."), else the first in the nearer of the two previous sentences, else,
/// for '"...," he said', the last person who spoke. The topic is the organisation or country a sentence is about
/// (its first one that does something, outside a preposition's object) or the last one a pronoun or nominal named
/// again: it → the speaker of "it said" / "X said it", else, for an "it" that opens a clause and acts (not "it is
/// clear", "it emerged"), the topic of this or (for a main clause) the last sentence; its → the nearest organisation
/// of the sentence that is no preposition's object, else the topic; they/their → an organisation that opens the
/// sentence, or a group named in the plural (the Tories) the text is about, "they" only opening a main clause;
/// "the prime minister" → the person beside it ("the mayor Luca Pastorino", "Burrows, the chairman") or the last one
/// introduced with that title; "the company", "the country" → the one named most in the last sentences, the topic
/// first; "the city" → the last place that is no country; "the boy" → a person just named; "the government" → the
/// country whose government the story named, or the country it has been about in more than one sentence.
/// Each look-back is bounded (sentences or names), so the pass stays linear in the article's length.
/// </summary>
internal sealed partial class Coreference
{
    private const int PersonWindow = 3;      // sentences looked back for he/she
    private const int SpeakerWindow = 6;     // sentences looked back for the speaker of a "he said"
    private const int OrganizationWindow = 1;
    private const int ItWindow = 1;             // sentences a topic stays what "it" means
    private const int TopicWindow = 3;          // ... what "the company", "the country" mean
    private const int TitleWindow = 60;         // sentences looked back for whoever was given a title ("the Tory leader")
    private const int RoleWindow = 4;           // sentences looked back for "the defender", "the 30-year-old"
    private const int CountryReach = 400;       // names and links looked back for "the government"
    private const int SalienceReach = 400;      // ... for "the company" (a sentence can list hundreds)
    private const int AppositiveReach = 12;     // tokens from "the president of ..." to the ", Name," it announces

    // A name or linked pronoun as the linker met it: where, whose, and the part it plays in its sentence.
    private readonly record struct Seen(int Token, int End, int Sentence, ActorDraft Draft, bool Quoted, bool Speaker, bool Aside);

    private readonly TextDocument _document;
    private readonly List<ActorDraft> _drafts;
    private readonly List<Seen> _history = [];
    private bool _lenient;

    // How many names back "the department" may look for the organisation it repeats.
    private const int HeadReach = 30;

    // The last words of institutions' names a story repeats in lower case ("the bank", "the committee"); not of any
    // name ("BBC Sport" is no "sport", "RJ Reynolds Tobacco" no "tobacco").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionHeads =
        new HashSet<string>(ActorLexicon.OrganizationHeads.Where(h => h.Length > 3 && char.IsLower(h[^1])).Concat(
        [
            "Bank", "Fund", "Union", "Alliance", "Federation", "League", "Service", "Bureau", "Centre", "Center", "Assembly",
            "Senate", "Congress", "Administration", "Bill", "Directive", "Trust", "Group", "Company", "Commissioner", "Tribunal",
        ]), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly (NameMention Name, ActorDraft Draft)[] _names;
    private readonly bool[] _nameStarts;
    private readonly int[] _sentenceOf;
    private readonly bool[] _quoted;

    // The organisation or country the text is about: the first one a sentence has outside a preposition's object,
    // or the last one a pronoun or nominal named again. "It said", "its profits", "the company" mostly mean it.
    private Topic? _topic;

    private Dictionary<ActorDraft, List<NameMention>>? _introductions;
    private int _subjectSentence = -1;
    private int[] _mentionsSoFar = [];          // by ActorDraft.Order: names and links met so far
    private int[] _subjectsSoFar = [];          // ... sentences it was the subject of, or a pronoun named it again

    // Possessive: "Nintendo's DS went on sale. It also has ..." is about the DS; "its" can still be Nintendo's.
    private readonly record struct Topic(ActorDraft Draft, int Sentence, bool Possessive);

    public Coreference(TextDocument document, List<ActorDraft> drafts, List<(NameMention Name, ActorDraft Draft)> owner)
    {
        _document = document;
        _drafts = drafts;
        _names = InTextOrder(owner);
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

        _quoted = QuotedTokens(document);
    }

    // The names by first token; they mostly come in that order already, and a stable sort would leave them so.
    private static (NameMention Name, ActorDraft Draft)[] InTextOrder(List<(NameMention Name, ActorDraft Draft)> owner)
    {
        for (var k = 1; k < owner.Count; k++)
        {
            if (owner[k].Name.First < owner[k - 1].Name.First)
            {
                return owner.OrderBy(o => o.Name.First).ToArray();
            }
        }

        return owner.ToArray();
    }

    // Inside a quotation or not, token by token: a line break ends any quotation left open.
    private static bool[] QuotedTokens(TextDocument document)
    {
        var quoted = new bool[document.Tokens.Count];
        var open = false;
        var text = document.Text.AsSpan();
        for (var i = 0; i < quoted.Length; i++)
        {
            var span = document.Tokens[i].Span;
            if (i > 0 && HasLineBreak(text, document.Tokens[i - 1].Span.End, span.Start))
            {
                open = false;
            }

            var chars = span.SliceOf(document.Text);
            if (CoreferenceWords.IsQuote(chars))
            {
                open = chars is "\u201C" or "\u201E" || (chars is not "\u201D" && !open);
                quoted[i] = false;
                continue;
            }

            quoted[i] = open;
        }

        return quoted;
    }

    // The gap between two tokens is mostly a space or nothing: a loop, not a vectorised search per token.
    private static bool HasLineBreak(ReadOnlySpan<char> text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (text[k] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    public void Link()
    {
        if (_drafts.Count == 0)
        {
            return;
        }

        var orders = 0;
        foreach (var (_, draft) in _names)
        {
            orders = Math.Max(orders, draft.Order + 1);
        }

        _mentionsSoFar = new int[orders];
        _subjectsSoFar = new int[orders];
        var next = 0;
        var tokens = _document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            // A nominal may consume a name's first token ("the Italian", where "Italian" is a name of its own): the
            // names after it must still be seen.
            while (next < _names.Length && _names[next].Name.First < i)
            {
                next++;
            }

            if (next < _names.Length && _names[next].Name.First == i)
            {
                var (name, draft) = _names[next++];
                var aside = name.First >= 2 && Is(name.First - 2, "according") && Is(name.First - 1, "to");
                _history.Add(new Seen(name.First, name.End, _sentenceOf[i], draft, _quoted[i], aside || SpeaksAround(name.First, name.End), aside));
                _mentionsSoFar[draft.Order]++;
                NoteSubject(name.First, name.End, draft);
                while (next < _names.Length && _names[next].Name.First < name.End)
                {
                    next++;
                }

                i = name.End - 1;
                continue;
            }

            if (i > 0 && NameTokens.IsPossessive(_document.TokenChars(i)) && char.IsUpper(_document.TokenChars(i - 1)[0]))
            {
                i = LinkPossessedRole(i);
                continue;
            }

            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            // "the", a word in every sentence, is no pronoun: tested first, it skips the pronoun look-up.
            var word = _document.TokenChars(i);
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                i = LinkNominal(i);
            }
            else if (ActorLexicon.IsPronoun(word))
            {
                LinkPronoun(i, word);
            }
        }
    }

    private bool Is(int token, string word) =>
        token >= 0 && token < _document.Tokens.Count && _document.TokenChars(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsSpeech(int token) =>
        token >= 0 && token < _document.Tokens.Count && CoreferenceWords.Speech.ContainsWord(_document.TokenChars(token));

    // "Smith said", "said Smith", "said Ambassador Mohib": the name speaks.
    private bool SpeaksAround(int first, int end)
    {
        // "the TUC has said", "Mr Brown had told": the perfect's auxiliary before the verb.
        if (IsSpeech(end) || ((Is(end, "has") || Is(end, "have") || Is(end, "had")) && IsSpeech(end + 1)))
        {
            return true;
        }

        var before = first - 1;
        while (before >= 0 && ActorLexicon.TitleWords.ContainsWord(_document.TokenChars(before)))
        {
            before--;
        }

        return IsSpeech(before);
    }

    private void LinkPronoun(int i, ReadOnlySpan<char> word)
    {
        var (gender, plural, neuter) = ActorLexicon.Pronoun(word);
        var sentence = _sentenceOf[i];
        ActorDraft? found;
        if (plural || neuter)
        {
            found = !neuter ? GroupFor(i, sentence)
                : word.Equals("its", StringComparison.OrdinalIgnoreCase) ? OwnerFor(sentence)
                : ItFor(i, sentence);
        }
        else
        {
            found = ParticipleSubject(i, sentence, gender) ?? PersonFor(i, sentence, gender, CoreferenceWords.IsReflexive(word));
            if (found is null && gender == ActorLexicon.Gender.Female)
            {
                // "Council leader Sam Whitford said ... she said": with no woman in reach, a name short for a
                // woman's as well as a man's is hers.
                _lenient = true;
                found = PersonFor(i, sentence, gender, CoreferenceWords.IsReflexive(word));
                _lenient = false;
            }
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

    // "Asked what he would do next, Murray joked ...", "Speaking after her win, Raducanu said ...": a pronoun in a
    // participle clause that opens the sentence is the subject named right after its comma.
    private ActorDraft? ParticipleSubject(int i, int sentence, ActorLexicon.Gender gender)
    {
        var first = _document.Sentences[sentence].FirstToken;
        var end = _document.Sentences[sentence].EndToken;
        if (i <= first || !OpeningParticiples.Contains(_document.TokenChars(first)))
        {
            return null;
        }

        for (var k = first + 1; k < end && k < i + 20; k++)
        {
            if (_document.TokenChars(k) is ",")
            {
                return k > i && k + 1 < end && IsNameStart(k + 1) && DraftAt(k + 1) is { } subject && Fits(subject, gender) ? subject : null;
            }

            if (_quoted[k] || _document.TokenChars(k) is "." or ";" or ":")
            {
                return null;
            }
        }

        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningParticiples = new HashSet<string>(StringComparer.Ordinal)
    {
        "Asked", "Speaking", "Questioned", "Pressed", "Having", "Explaining", "Reflecting", "Describing", "Writing", "Talking",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool Fits(ActorDraft draft, ActorLexicon.Gender gender) =>
        draft.Kind == ActorKind.Person && (draft.Gender == ActorLexicon.Gender.Unknown || gender == ActorLexicon.Gender.Unknown || draft.Gender == gender
            || (_lenient && draft.GenderSoft));

    private ActorDraft? PersonFor(int token, int sentence, ActorLexicon.Gender gender, bool reflexive)
    {
        // The history is in text order: walk back to the window's start once.
        var from = _history.Count;
        while (from > 0 && sentence - _history[from - 1].Sentence < SpeakerWindow)
        {
            from--;
        }

        var quoted = _quoted[token];
        if (!quoted && SpokenOfByUnnamed(token))
        {
            return null;
        }

        if (Best(from, token, sentence, gender, quoted, reflexive) is { } same)
        {
            return same;
        }

        if (!quoted && LeadingSubject(token, sentence, gender) is { } subject)
        {
            return subject;
        }

        // A quotation that runs on for sentences is its speaker's: its sentences do not move the speaker out of reach.
        var window = PersonWindow;
        for (var s = sentence - 1; s > sentence - window && s >= 0; s--)
        {
            if (Best(from, token, s, gender, quoted, reflexive: false) is { } earlier)
            {
                return ReportedTopic(from, token, s, gender, quoted, earlier) ?? earlier;
            }

            if (!quoted && window < SpeakerWindow && IsAllQuoted(s))
            {
                window++;
            }
        }

        // '"...," he said' with nobody nearby: the quotation's speaker is the one who last spoke.
        var speaker = !quoted && (IsSpeech(token + 1) || IsSpeech(token - 1)) && QuotedBefore(sentence, token);
        for (var h = _history.Count - 1; speaker && h >= from; h--)
        {
            if (_history[h].Speaker && _history[h].Token < token && Fits(_history[h].Draft, gender))
            {
                return _history[h].Draft;
            }
        }

        return null;
    }

    // "Tim Davie said Parkinson was "the king of the chat show". Born in Cudworth, he began ...": the person the story is
    // about, whom the sentence before reported on, not the one who spoke of him.
    private ActorDraft? ReportedTopic(int from, int token, int sentence, ActorLexicon.Gender gender, bool quoted, ActorDraft speaker)
    {
        // "He said ...", "He branded it ...": one who speaks goes on speaking.
        if (quoted || IsSpeech(token + 1) || (Is(token + 1, "also") && IsSpeech(token + 2))
            || (token + 1 < _document.Tokens.Count && Verdicts.Contains(_document.TokenChars(token + 1)))
            || Salient(ActorKind.Person, _sentenceOf[token]) is not { } topic || topic == speaker || !Fits(topic, gender)
            || _mentionsSoFar[topic.Order] <= _mentionsSoFar[speaker.Order] + 1)
        {
            return null;
        }

        for (var h = from; h < _history.Count && _history[h].Token < token; h++)
        {
            var seen = _history[h];
            if (seen.Sentence == sentence && seen.Draft == topic && !seen.Quoted
                && (IsSpeech(seen.Token - 1) || (Is(seen.Token - 1, "that") && IsSpeech(seen.Token - 2))))
            {
                return topic;
            }
        }

        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Verdicts = new HashSet<string>(StringComparer.Ordinal)
    {
        "branded", "called", "accused", "dismissed", "attacked", "criticised", "criticized", "praised", "condemned", "rejected",
        "denied", "welcomed", "blamed", "hailed",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "A police spokesman said he could not comment", "The standards commissioner said he was aware": the one who
    // speaks speaks of himself; when nobody named is that speaker, the pronoun names nobody.
    private bool SpokenOfByUnnamed(int token)
    {
        var verb = Is(token - 1, "that") ? token - 2 : token - 1;
        if (!IsSpeech(verb) || verb < 2)
        {
            return false;
        }

        var sentenceStart = _document.Sentences[_sentenceOf[token]].FirstToken;
        var noun = verb - 1;
        if (noun < sentenceStart || !IsLowerWord(noun) || !CoreferenceWords.UnnamedSpeakers.ContainsWord(_document.TokenChars(noun)))
        {
            return false;
        }

        var first = noun;
        while (first > sentenceStart && first > noun - 5 && IsLowerWord(first - 1) && !Is(first - 1, "a") && !Is(first - 1, "an") && !Is(first - 1, "the"))
        {
            first--;
        }

        // "The lawyer added that he" often names again the lawyer just named; "a lawyer" is someone new, as is "the
        // spokesman".
        var definite = Is(first - 1, "the");
        if (!(Is(first - 1, "a") || Is(first - 1, "an") || definite) || (first - 1 > sentenceStart && _document.TokenChars(first - 2) is not ",")
            || (definite && !CoreferenceWords.UnnamedRoles.ContainsWord(_document.TokenChars(noun))))
        {
            return false;
        }

        // A speaker the article named already ("the prime minister" after Johnson) has its nominal in the history.
        for (var h = _history.Count - 1; h >= 0 && _history[h].Token >= first - 1; h--)
        {
            if (_history[h].Token < verb)
            {
                return false;
            }
        }

        return true;
    }

    private bool IsAllQuoted(int sentence)
    {
        var s = _document.Sentences[sentence];
        for (var t = s.FirstToken; t < s.EndToken; t++)
        {
            if (!_quoted[t] && _document.Tokens[t].Kind == Text.TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    // The person a sentence's mentions before the pronoun offer: one whose gender is known to fit before one whose
    // is not, a subject before an "according to" source, then the first (the subject; the last for "himself").
    private ActorDraft? Best(int from, int token, int sentence, ActorLexicon.Gender gender, bool quoted, bool reflexive)
    {
        var same = sentence == _sentenceOf[token];
        Seen? best = null;
        var bestRank = -1;
        for (var h = from; h < _history.Count; h++)
        {
            var seen = _history[h];
            if (seen.Sentence != sentence || seen.Token >= token || !Fits(seen.Draft, gender))
            {
                continue;
            }

            // Within one sentence, a quotation's words and the words that report it are different people.
            if (same && seen.Quoted != quoted)
            {
                continue;
            }

            // "Hart attacked him": an object pronoun is not the subject of its own clause.
            if (same && !reflexive && IsObjectPronoun(token) && SameClause(seen.End, token))
            {
                continue;
            }

            // An object pronoun ahead of its sentence's subject ("Sentencing him, Judge Picton said") is not the one
            // the next sentence's "He" goes on with.
            var rank = (gender != ActorLexicon.Gender.Unknown && seen.Draft.Gender == gender ? 8 : 0)
                + (seen.Quoted == quoted ? 4 : 0) + (seen.Aside ? 0 : 2) + (seen.End - seen.Token == 1 && IsObjectPronoun(seen.Token) ? 0 : 1);
            if (rank > bestRank || (reflexive && rank == bestRank))
            {
                best = seen;
                bestRank = rank;
            }
        }

        return best?.Draft;
    }

    // "him", "them", and "her" where no noun follows it ("told her that", "attacked her.", not "her car").
    private bool IsObjectPronoun(int token)
    {
        var word = _document.TokenChars(token);
        if (word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("them", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!word.Equals("her", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = token + 1;
        return next >= _document.Tokens.Count || _document.Tokens[next].Kind is not (TokenKind.Word or TokenKind.Number)
            || CoreferenceWords.ClauseBreaks.ContainsWord(_document.TokenChars(next)) || ActorLexicon.PlacePrepositions.ContainsWord(_document.TokenChars(next))
            || Is(next, "to") || Is(next, "that") || Is(next, "the") || Is(next, "a") || Is(next, "on") || Is(next, "at") || Is(next, "with") || Is(next, "for");
    }

    // The mention is the subject of a verb group that takes the pronoun as its object: "Hart attacked him", "Hart
    // had then told him". Not a possessor ("Wood's injury kept him out"), an object ("bombarded Lammy with requests
    // for him"), nor a pronoun after a preposition ("had a bottle thrown at him", "a career ahead of him").
    private bool SameClause(int end, int token)
    {
        if (token - end > 4 || token - end < 1 || !IsLowerWord(end) || !IsLowerWord(token - 1)
            || Is(end, "'s") || Is(end, "’s") || IsPreposition(end) || IsPreposition(token - 1))
        {
            return false;
        }

        for (var t = end; t < token; t++)
        {
            // "Smith said Jones attacked him" is two clauses; "Hart told him" is one.
            if (_document.Tokens[t].Kind != TokenKind.Word || CoreferenceWords.ClauseBreaks.ContainsWord(_document.TokenChars(t)) || (IsSpeech(t) && t < token - 1))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsLowerWord(int token) =>
        _document.Tokens[token].Kind == TokenKind.Word && char.IsLower(_document.TokenChars(token)[0]);

    private bool IsPreposition(int token) => CoreferenceWords.PronounPrepositions.ContainsWord(_document.TokenChars(token));

    private bool QuotedBefore(int sentence, int token)
    {
        var s = _document.Sentences[sentence];
        for (var i = s.FirstToken; i < token; i++)
        {
            if (_quoted[i])
            {
                return true;
            }
        }

        return false;
    }

    // "After calling his mother, Montalvo was ...", "In her remarks, Waters ...": the subject after the leading
    // clause's comma. Not for the opening verb's object: "Sentencing him, Judge Picton said" sentences someone else
    // ("With injuries depriving him of players, Robinson" and "In spite of the allegations against him, Botin" are
    // the subject's own).
    private ActorDraft? LeadingSubject(int token, int sentence, ActorLexicon.Gender gender)
    {
        var s = _document.Sentences[sentence];
        var opener = _document.TokenChars(s.FirstToken);
        if (token == s.FirstToken + 1 && opener.EndsWith("ing", StringComparison.Ordinal) && IsObjectPronoun(token))
        {
            return null;
        }

        if (!CoreferenceWords.LeadingClause.ContainsWord(opener) && !(opener.EndsWith("ing", StringComparison.Ordinal) && opener.Length > 5))
        {
            return null;
        }

        for (var i = s.FirstToken + 1; i < s.EndToken - 1 && i < token + AppositiveReach * 2; i++)
        {
            if (_document.TokenChars(i) is ",")
            {
                var name = i + 1;
                while (name < s.EndToken && ActorLexicon.TitleWords.ContainsWord(_document.TokenChars(name)))
                {
                    name++;
                }

                if (i < token || !IsNameStart(name))
                {
                    return null;
                }

                var draft = DraftAt(name);
                return draft is not null && Fits(draft, gender) ? draft : null;
            }
        }

        return null;
    }

    // A subject's place: the sentence's start, after a comma or quotation mark, or after a speech verb ("said the
    // England striker"); not "the election of the US president".
    private bool OpensClause(int the) =>
        the == _document.Sentences[_sentenceOf[the]].FirstToken || _document.Tokens[the - 1].Kind != TokenKind.Word || IsSpeech(the - 1) || Is(the - 1, "and");

    // The person a role right after the name that starts at token names ("the City manager", "the Labour leader",
    // "the England striker"), when the name is no person's: whoever the article gave that title, else, for a role
    // news names someone by again (a player's position, a manager), the person the story is about. Returns the end of
    // the role's words.
    private int LinkRoleAtNamedBody(int the, int sentenceEnd)
    {
        if (NameAt(the + 1) is not { } found || found.Draft.Kind == ActorKind.Person)
        {
            return -1;
        }

        var role = found.Name.End;
        if (role + 1 >= sentenceEnd || !IsLowerWord(role) || CoreferenceWords.UnnamedRoles.ContainsWord(_document.TokenChars(role)))
        {
            return -1;
        }

        var end = -1;
        string? title = null;
        foreach (var t in TitlesByFirstWord.TryGetValue(_document.TokenChars(role), out var titles) ? titles : [])
        {
            var matched = MatchWords(role, sentenceEnd, TitleWords[t]);
            if (matched > end)
            {
                end = matched;
                title = ActorLexicon.NominalTitles[t];
            }
        }

        var position = NominalKind(role) == ActorKind.Person;
        if (position && end < 0)
        {
            end = role + 1;
        }

        if (end < 0 || end >= sentenceEnd || IsNameStart(end) || CoreferenceWords.NewPersonFollows.ContainsWord(_document.TokenChars(end)))
        {
            return -1;
        }

        var holder = (title is null ? null : LastWith(d => d.Kind == ActorKind.Person && d.Titles.Contains(title), TitleWindow, the))
            ?? (position || SportsRoles.Contains(title ?? "") ? Salient(ActorKind.Person, _sentenceOf[the]) : null);
        if (holder is null)
        {
            return -1;
        }

        Add(holder, the, end, MentionType.Nominal);
        return end;
    }

    private static readonly HashSet<string> SportsRoles = new(StringComparer.Ordinal) { "coach", "manager" };

    private (NameMention Name, ActorDraft Draft)? NameAt(int token)
    {
        int lo = 0, hi = _names.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var first = _names[mid].Name.First;
            if (first == token)
            {
                return _names[mid];
            }

            if (first < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    private ActorDraft? DraftAt(int token) => NameAt(token)?.Draft;

    // The first name met in a sentence, when it opens the sentence ("Twitter gave ...", "The Church denied ..."):
    // the sentence's subject.
    private Seen? Opening(int sentence)
    {
        Seen? first = null;
        for (var h = _history.Count - 1; h >= 0 && _history[h].Sentence >= sentence; h--)
        {
            if (_history[h].Sentence == sentence)
            {
                first = _history[h];
            }
        }

        var start = _document.Sentences[sentence].FirstToken;
        return first is { } f && (f.Token == start || (f.Token == start + 1 && Is(start, "the"))) ? first : null;
    }

    // they/them/their: an organisation that opens this sentence ("Team Estonia had to rebuild their robot"), or
    // opened the one before when nothing has been named since; elsewhere "they" is mostly people the story never names.
    private ActorDraft? GroupFor(int token, int sentence)
    {
        if (Opening(sentence) is { } subject)
        {
            // A pronoun that opened the sentence speaks for the group only in the clause it governs: "They said they
            // would", not "They also believe ... to ensure they are not a risk".
            return subject.Draft.Kind == ActorKind.Organization && (IsNameStart(subject.Token) || GroupClause(token, sentence)) ? subject.Draft : null;
        }

        var nothingSince = Is(token, "they") && (_history.Count == 0 || _history[^1].Sentence < sentence);
        if (nothingSince && sentence > 0 && Opening(sentence - 1) is { Draft.Kind: ActorKind.Organization } earlier
            && IsNameStart(earlier.Token) && _history[^1].Sentence == sentence - 1 && !_quoted[token] && GroupClause(token, sentence))
        {
            return earlier.Draft;
        }

        // "The Lib Dems argue they were honest", "the Tories ... their plans": a group named in the plural that the
        // text is about, as the subject of a clause or an owner.
        return GroupClause(token, sentence) && !_quoted[token]
            && TopicWithin(sentence, Is(token, "their") ? 0 : ItWindow, ActorKind.Organization) is { Possessive: false } topic
            && CoreferenceWords.PluralGroups.ContainsWord(topic.Draft.Longest.Words[^1]) ? topic.Draft : null;
    }

    // "their" anywhere; "they" opening a sentence or a main clause ("and they pledged", "insisted that they would"),
    // not a condition or an aside ("if they come", "unless they intended"), where it is mostly people unnamed.
    private bool GroupClause(int token, int sentence)
    {
        if (Is(token, "their"))
        {
            return true;
        }

        if (!Is(token, "they"))
        {
            return false;
        }

        return token == _document.Sentences[sentence].FirstToken || Is(token - 1, "and") || Is(token - 1, "but")
            || IsSpeech(token - 1) || (Is(token - 1, "that") && IsSpeech(token - 2));
    }

    // its: the nearest organisation or named thing of the sentence that is no preposition's object ("The McCutchan
    // Art Center at USI bases its exhibit", "Discovery was retired after the completion of STS-133, its 39th
    // mission"), else the nearest, else an organisation that was the last name of the previous sentence.
    private ActorDraft? OwnerFor(int sentence)
    {
        ActorDraft? nearest = null;
        for (var h = _history.Count - 1; h >= 0 && _history[h].Sentence == sentence; h--)
        {
            if (_history[h].Draft is { Kind: ActorKind.Organization or ActorKind.Other, ForcedOther: false } owner)
            {
                if (!AfterPreposition(_history[h].Token))
                {
                    return owner;
                }

                nearest ??= owner;
            }
        }

        return nearest ?? TopicWithin(sentence, ItWindow, null)?.Draft ?? LastOrganization(sentence);
    }

    private bool AfterPreposition(int name)
    {
        var before = Is(name - 1, "the") ? name - 2 : name - 1;
        return before >= 0 && CoreferenceWords.Prepositions.ContainsWord(_document.TokenChars(before));
    }

    // "it said", "The UN said it would act": a speaker's "it" is the organisation speaking; any other "it" is a thing,
    // an idea or no one ("it is clear").
    private ActorDraft? ItFor(int token, int sentence)
    {
        if (IsSpeech(token + 1) || (Is(token + 1, "also") && IsSpeech(token + 2)))
        {
            // "The health ministry, which is run by Hamas, does not ... It says ...": "it" goes on with the body the
            // sentence before opened with, which has no name here, not with the name inside its relative clause.
            if (token == _document.Sentences[sentence].FirstToken && sentence > 0 && OpensWithUnnamedBody(sentence - 1))
            {
                return null;
            }

            return Opening(sentence)?.Draft is { Kind: ActorKind.Organization } subject ? subject
                : LastOrganization(sentence) ?? TopicWithin(sentence, ItWindow, ActorKind.Organization)?.Draft
                    ?? GovernmentOpening(sentence) ?? (sentence > 0 ? GovernmentOpening(sentence - 1) : null);
        }

        var verb = Is(token - 1, "that") ? token - 2 : token - 1;
        // "The Federal Reserve held rates and signalled it expects to cut them": the organisation opening the sentence
        // reports again in a verb joined to its first.
        if (verb > 0 && Is(verb - 1, "and") && (IsSpeech(verb) || CoreferenceWords.Signals.ContainsWord(_document.TokenChars(verb)))
            && Opening(sentence) is { Draft.Kind: ActorKind.Organization } opener && OnlyActorBefore(sentence, opener.Draft, token))
        {
            return opener.Draft;
        }

        var state = token + 1 < _document.Tokens.Count && CoreferenceWords.Be.ContainsWord(_document.TokenChars(token + 1));
        if (!IsSpeech(verb) || (state && !IsSpeakersState(token + 2)))
        {
            return SubjectIt(token, sentence);
        }

        // "BAA has said it has tried": the organisation that is the speech verb's subject.
        var end = verb;
        while (end > 0 && (Is(end - 1, "has") || Is(end - 1, "have") || Is(end - 1, "had") || Is(end - 1, "also")))
        {
            end--;
        }

        for (var h = _history.Count - 1; h >= 0 && _history[h].Sentence == sentence; h--)
        {
            if (_history[h].End == end)
            {
                // "Mr Fischer said it was taking the roll-out to ...": a person's "it is doing" is someone else's.
                return IsTopicKind(_history[h].Draft) ? _history[h].Draft : state ? SubjectIt(token, sentence) : null;
            }
        }

        // "Thames, which serves 16 million customers, said it was committed": the organisation the sentence opens with.
        if (state && Opening(sentence) is { Draft.Kind: ActorKind.Organization } speaker)
        {
            return speaker.Draft;
        }

        return SubjectIt(token, sentence);
    }

    // "Thames said it was committed to ...", "The firm said it is investigating": after "said it is" a state only the
    // speaker can be in, or what it is doing, is the speaker's ("said it was time", "it is clear" are no one's).
    private bool IsSpeakersState(int token)
    {
        while (token < _document.Tokens.Count && (Is(token, "not") || Is(token, "now") || Is(token, "also") || Is(token, "still") || Is(token, "fully")
            || Is(token, "very") || Is(token, "deeply") || Is(token, "currently") || Is(token, "actively")))
        {
            token++;
        }

        if (token >= _document.Tokens.Count || _document.Tokens[token].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = _document.TokenChars(token);
        return (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 && char.IsLower(word[0])) || CoreferenceWords.SpeakerStates.ContainsWord(word);
    }

    // "The US government denied the claims. In a statement, it said ...": the country whose government opened the sentence.
    private ActorDraft? GovernmentOpening(int sentence) =>
        Opening(sentence) is { Draft: { IsCountry: true, Kind: ActorKind.Location } country } opening
        && (Is(opening.End, "government") || (Is(opening.End, "'s") && Is(opening.End + 1, "government")) || (Is(opening.End, "\u2019s") && Is(opening.End + 1, "government")))
            ? country : null;

    private bool OpensWithUnnamedBody(int sentence)
    {
        var start = _document.Sentences[sentence].FirstToken;
        if (!Is(start, "the") || Opening(sentence) is not null)
        {
            return false;
        }

        // "The government should change the law, the TUC has said. It said ...": a body the sentence reports is "it".
        for (var h = _history.Count - 1; h >= 0 && _history[h].Sentence >= sentence; h--)
        {
            if (_history[h].Sentence == sentence && _history[h].Speaker)
            {
                return false;
            }
        }

        for (var t = start + 1; t < _document.Sentences[sentence].EndToken && t <= start + 3; t++)
        {
            var word = _document.TokenChars(t);
            if (word.IsEmpty || !char.IsLower(word[0]))
            {
                return false;
            }

            if ((KindNominals.TryGetValue(word, out var kind) && kind == ActorKind.Organization) || word is "military" or "army")
            {
                return true;
            }
        }

        return false;
    }

    private bool OnlyActorBefore(int sentence, ActorDraft organisation, int token)
    {
        for (var h = _history.Count - 1; h >= 0 && _history[h].Sentence == sentence; h--)
        {
            // Another organisation, or a person ("Liberal Democrat spokesman Mark Oaten ... argued it ..."), may be the subject.
            if (_history[h].Token < token && _history[h].Draft != organisation && _history[h].Draft.Kind is ActorKind.Organization or ActorKind.Person)
            {
                return false;
            }
        }

        return true;
    }

    // The organisation named last, unless its name stood inside what someone said: after "Netanyahu's office said
    // Hamas had hardened its positions.", "it accused the group" is not Hamas; after "..., said KCNA." it is KCNA.
    private ActorDraft? LastOrganization(int sentence)
    {
        var last = _history.Count > 0 ? _history[^1] : default;
        return last.Draft is { Kind: ActorKind.Organization } && sentence - last.Sentence <= OrganizationWindow
            && !(IsNameStart(last.Token) && !last.Speaker && IsReported(last.Token)) ? last.Draft : null;
    }

    // After a speech verb in its sentence, unless right after it as its speaker ("said the committee").
    private bool IsReported(int token)
    {
        for (var t = token - 1; t >= 0 && t >= token - 12 && _sentenceOf[t] == _sentenceOf[token]; t--)
        {
            if (IsSpeech(t))
            {
                return !(t == token - 1 || (t == token - 2 && Is(token - 1, "the")));
            }
        }

        return false;
    }

    private int FirstOfSentence(int sentence)
    {
        var h = _history.Count;
        while (h > 0 && _history[h - 1].Sentence >= sentence)
        {
            h--;
        }

        return h;
    }

    // "the prime minister", "the company": returns the last token consumed.
    private int LinkNominal(int the)
    {
        var sentenceEnd = _document.Sentences[_sentenceOf[the]].EndToken;
        if (the + 1 < sentenceEnd && IsNameStart(the + 1) && DraftAt(the + 1) is { Kind: ActorKind.Other } && LinkDescribedCompany(the, sentenceEnd) is { } described)
        {
            return described;
        }

        // "Enzo Maresca ... "We were brilliant," the Italian said": a person named by nationality, who was just named.
        // Only as the subject of a report: "the Russian's arrival" or "the Irishman's feet" is as often someone else's.
        if (the + 2 < sentenceEnd && PersonDemonyms.Contains(_document.TokenChars(the + 1)) && DemonymReportVerbs.Contains(_document.TokenChars(the + 2))
            // The person last named, when the story is about that person too: either alone guessed wrong a third of the
            // time on BBC sport ("the Scot admitted" after Ferguson's striker was named).
            && LastWith(d => d.Kind == ActorKind.Person, RoleWindow, the) is { } national && Salient(ActorKind.Person, _sentenceOf[the]) == national)
        {
            Add(national, the, the + 2, MentionType.Nominal);
            return the + 1;
        }

        // "The City manager admitted ...": a role at a body the article names is a person (not "the Downing Street
        // spokesman", who stays unnamed).
        if (the + 1 < sentenceEnd && IsNameStart(the + 1) && OpensClause(the) && LinkRoleAtNamedBody(the, sentenceEnd) is var roleEnd && roleEnd > 0)
        {
            return roleEnd - 1;
        }

        if (the + 1 >= sentenceEnd || IsNameStart(the + 1))
        {
            // "The Bank of England": the article's own name, not "the bank" naming an earlier actor again.
            return the;
        }

        var candidates = TitlesByFirstWord.TryGetValue(_document.TokenChars(the + 1), out var found) ? found : [];
        foreach (var t in candidates)
        {
            var title = ActorLexicon.NominalTitles[t];
            var end = MatchWords(the + 1, sentenceEnd, TitleWords[t]);
            if (end < 0)
            {
                continue;
            }

            // "the mayor Luca Pastorino": the name that follows is the one meant, or, if it is no person's, none.
            var draft = end < sentenceEnd && IsNameStart(end)
                ? DraftAt(end) is { Kind: ActorKind.Person } named ? named : null
                : Apposed(the, end, sentenceEnd, ActorKind.Person)
                    ?? LastWith(d => d.Kind == ActorKind.Person && d.Titles.Contains(title), int.MaxValue, the)
                    ?? NamedNext(the, end, title);
            if (draft is not null)
            {
                Add(draft, the, end, MentionType.Nominal);
                return end - 1;
            }
        }

        if (_document.TokenChars(the + 1).Equals("government", StringComparison.OrdinalIgnoreCase))
        {
            // A government is its country's: "the government of Canada", else the one whose government was named.
            var country = Is(the + 2, "of") && the + 3 < sentenceEnd && IsNameStart(the + 3)
                ? DraftAt(the + 3) is { IsCountry: true } named ? named : null
                : GovernedCountry() ?? GovernmentOfTopic(_sentenceOf[the]);
            if (country is not null)
            {
                Add(country, the, the + 2, MentionType.Nominal);
                return the + 1;
            }

            return the + 1;
        }

        if (PersonNouns.TryGetValue(_document.TokenChars(the + 1), out var gender))
        {
            // "the boy" is someone just named; "the man who ..." someone new; "The Woman in Grey" a title.
            if (char.IsLower(_document.TokenChars(the + 1)[0]) && !(the + 2 < sentenceEnd && CoreferenceWords.NewPersonFollows.ContainsWord(_document.TokenChars(the + 2)))
                && LastWith(d => Fits(d, gender), RoleWindow, the) is { } person)
            {
                Add(person, the, the + 2, MentionType.Nominal);
                return the + 1;
            }

            return the;
        }

        if (!(the + 2 < sentenceEnd && IsNameStart(the + 2)) && NamedByHead(the) is { } organisation)
        {
            Add(organisation, the, the + 2, MentionType.Nominal);
            return the + 1;
        }

        // "the tech giant", "the software giant": the story's company, said what it does.
        if (GiantHead(the, sentenceEnd) is { } head && SalientCompany(_sentenceOf[the], the) is { } company)
        {
            Add(company, the, head + 1, MentionType.Nominal);
            return head;
        }

        // "the electric carmaker", "the budget airline": a trade with a word for its kind, the firm the story called that
        // or the one its sentence opens with.
        if (the + 3 < sentenceEnd && IsLowerWord(the + 1) && !GiantModifierStops.Contains(_document.TokenChars(the + 1)) && EndsDescription(the + 3)
            && TypedNominals.TryGetValue(_document.TokenChars(the + 2), out var trade)
            && (Salient(ActorKind.Organization, _sentenceOf[the], d => IntroducedAs(d, trade, the)) ?? OpeningCompany(_sentenceOf[the], the)) is { } trader)
        {
            Add(trader, the, the + 3, MentionType.Nominal);
            return the + 2;
        }

        if (NominalKind(the + 1) is { } kind)
        {
            if (the + 2 < sentenceEnd && IsNameStart(the + 2))
            {
                // "the company Hitwise UK": the name that follows, when it is of that kind.
                if (kind != ActorKind.Person && DraftAt(the + 2) is { } named && named.Kind == kind)
                {
                    Add(named, the, the + 2, MentionType.Nominal);
                    return the + 1;
                }

                return the;
            }

            if (kind == ActorKind.Person && Is(the + 2, "of"))
            {
                return the;
            }

            // A role names again the person the story is about, often a few quoted sentences later; "the company"
            // and "the country" the organisation or country the story is about, else the last one named; "the city"
            // the last place named that is no country.
            var sentence = _sentenceOf[the];
            var draft = kind switch
            {
                ActorKind.Person => LastWith(d => d.Kind == ActorKind.Person, RoleWindow, the),
                ActorKind.Location when Is(the + 1, "city") => LastWith(d => d.Kind == ActorKind.Location && !d.IsCountry, 2, the),
                _ => TypedNominals.TryGetValue(_document.TokenChars(the + 1), out var evidence)
                    ? Salient(kind, sentence, d => IntroducedAs(d, evidence, the)) ?? OpeningCompany(sentence, the)
                    : KindNoun(kind, sentence, the),
            };
            if (draft is not null)
            {
                Add(draft, the, the + 2, MentionType.Nominal);
                return the + 1;
            }
        }

        return the;
    }

    // "Kenya's president has said ...", "Boeing's new chief executive has promised ...": a story that opens with a role
    // of a named country or firm, its holder named in the next sentences. Returns the last token consumed.
    private int LinkPossessedRole(int s)
    {
        var first = Is(s + 1, "new") ? s + 2 : s + 1;
        if (first < _document.Tokens.Count && CompanyNamedNext(s, first) is { } described)
        {
            return described - 1;
        }

        if (first >= _document.Tokens.Count || !TitlesByFirstWord.TryGetValue(_document.TokenChars(first), out var candidates))
        {
            return s;
        }

        var sentenceEnd = _document.Sentences[_sentenceOf[s]].EndToken;
        foreach (var t in candidates)
        {
            var end = MatchWords(first, sentenceEnd, TitleWords[t]);
            if (end < 0 || (end < sentenceEnd && IsNameStart(end)))
            {
                continue;
            }

            if (NamedNext(s, end, ActorLexicon.NominalTitles[t]) is { } holder)
            {
                Add(holder, first, end, MentionType.Nominal);
                return end - 1;
            }
        }

        return s;
    }

    // "Britain's biggest supermarket has warned ... Tesco said on Wednesday ...": a story that opens with a country's
    // biggest firm of a trade before naming any names it in the next two sentences, as the first organisation there.
    // Returns the end of the description.
    private int? CompanyNamedNext(int s, int first)
    {
        var noun = Is(first, "biggest") || Is(first, "largest") || Is(first, "second-biggest") || Is(first, "second-largest") || Is(first, "leading")
            ? first + 1 : -1;
        if (noun < 0 || noun >= _document.Tokens.Count || !(KindNominals.TryGetValue(_document.TokenChars(noun), out var kind) && kind == ActorKind.Organization)
            || NamedInNextSentences(noun, ActorKind.Organization) is not { } named)
        {
            return null;
        }

        Add(named.Draft, first, noun + 1, MentionType.Nominal);
        return noun + 1;
    }

    // "Speaking outside Downing Street, the foreign secretary said ... "This was not a free vote," David Lammy said.": a
    // story that opens with a role before naming anyone names its holder within the next two sentences, as the first
    // person it names there, who bears no other title. Not "the general election" (a noun after the title) nor "Jack
    // Law, chief executive of ..." (a role of his own).
    private ActorDraft? NamedNext(int the, int end, string title)
    {
        if ((end < _document.Tokens.Count && _document.Tokens[end].Kind == TokenKind.Word && _document.TokenChars(end) is var next && char.IsLower(next[0])
                && !IsVerbLike(next)
                // "The head of the UN's nuclear watchdog has warned", "The chief executive of LinkedIn has announced":
                // whom the role leads.
                && !(next is "of" && (title is "head" or "boss" || (end + 1 < _document.Tokens.Count && IsNameStart(end + 1)))))
            || NamedInNextSentences(the, ActorKind.Person) is not var (name, draft))
        {
            return null;
        }

        return (draft.Titles.Count == 0 || draft.Titles.Contains(title)) && !(name.End < _document.Tokens.Count && _document.TokenChars(name.End) is ",")
            ? draft : null;
    }

    // The first name of the kind after token <paramref name="after"/>, when it comes in the next two sentences and none
    // of the kind was named before.
    private (NameMention Name, ActorDraft Draft)? NamedInNextSentences(int after, ActorKind kind)
    {
        if (LastWith(d => d.Kind == kind, int.MaxValue, after) is not null)
        {
            return null;
        }

        var sentence = _sentenceOf[after];
        foreach (var (name, draft) in _names)
        {
            if (name.First > after && draft.Kind == kind)
            {
                return _sentenceOf[name.First] - sentence is > 0 and <= 2 ? (name, draft) : null;
            }
        }

        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FiniteVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "has", "had", "is", "was", "will", "would", "could", "can", "may", "might", "must", "should", "told", "said", "wrote", "made",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "the party", "the ministry": the story's own organisation, unless nothing says it is one and another's name
    // holds the noun ("Michael Howard ... The party has been agnostic" after "the Conservative Party"). Not for "the
    // bank" or "the company": a story's own company is named without the noun as often as not ("ABN Amro").
    private ActorDraft? KindNoun(ActorKind kind, int sentence, int the)
    {
        // "The Financial Conduct Authority fined the bank £40m": a bank is a company too, not the authority.
        if (Is(the + 1, "company") || Is(the + 1, "firm") || Is(the + 1, "bank"))
        {
            return SalientCompany(sentence, the);
        }

        // "The Securities and Exchange Commission ... The regulator alleges": a public body by its name or initials
        // ("Ofwat", "the Financial Conduct Authority"), or one the story called a regulator; never the company it regulates.
        if (Is(the + 1, "regulator") || Is(the + 1, "watchdog"))
        {
            return Salient(kind, sentence, d => CalledRegulator(d, the) || Array.Exists(d.Longest.Words, RegulatorNames.Contains) || IsOfficeName(d.Longest));
        }

        // "Campaigners from the Save Hogs Back group ... the group was considering", "gaming group Wembley ... the
        // group": the name the noun came with, over the story's own organisation, even one the recogniser took for
        // no organisation.
        if (Is(the + 1, "group") && LastWith(
                d => d.Kind is ActorKind.Organization or ActorKind.Other && IntroducedAsGroup(d, the),
                RoleWindow, the) is { } group)
        {
            return group;
        }

        // "the Football Association upheld the club's claim": a game's governing body is no club.
        if (Is(the + 1, "club"))
        {
            return Salient(kind, sentence, d => !Array.Exists(d.Longest.Words, GoverningBodyNames.Contains));
        }

        var salient = Salient(kind, sentence);
        if (salient is null || !NamedBodies.Contains(_document.TokenChars(the + 1)))
        {
            return salient;
        }

        string[] noun = [_document.TokenText(the + 1).ToLowerInvariant()];
        if (NamedWith(salient, the + 1, the) || IntroducedAs(salient, noun, the))
        {
            return salient;
        }

        // "the National Highway Traffic Safety Administration ... Tesla ... the agency": a public body's name says
        // it is an agency; a company is none.
        if (Is(the + 1, "agency"))
        {
            return Salient(kind, sentence, d => NamedWith(d, the + 1, the) || IntroducedAs(d, noun, the) || Array.Exists(d.Longest.Words, AgencyNames.Contains)
                || IsAcronym(d.Longest));
        }

        // A party or an agency goes by its name alone ("Labour", "Nasa"); a ministry by its own ("the Ministry of
        // Defence"), so one that no name holds is none of the story's organisations.
        // "Senate Republicans blocked a bill ... the party's hostility": a chamber, a court or a ministry is no party.
        return Salient(kind, sentence, d => NamedWith(d, the + 1, the))
            ?? (Is(the + 1, "ministry") ? null
                : Is(the + 1, "party") && Array.Exists(salient.Longest.Words, NoPartyNames.Contains) ? null
                : salient);
    }

    private int? GiantHead(int the, int sentenceEnd)
    {
        for (var k = the + 2; k <= the + 3 && k < sentenceEnd; k++)
        {
            var modifier = _document.TokenChars(k - 1);
            if (_document.Tokens[k - 1].Kind != TokenKind.Word || !char.IsLower(modifier[0]) || GiantModifierStops.Contains(modifier))
            {
                return null;
            }

            // Not "the oil firm" nor "the phone company": half the time a company not named at all, or another one.
            if (Is(k, "giant"))
            {
                return k + 1 < sentenceEnd && (IsNameStart(k + 1) || Is(k + 1, "of")) ? null : k;
            }
        }

        return null;
    }

    // "the other giant", "a rival giant": another company than the story's own.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GiantModifierStops = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "other", "rival", "new", "former", "same", "sister", "parent", "combined", "merged", "two", "both", "of",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "The GMB union ... the company expected": a body the article called something else, or whose name says it is
    // one ("the Securities and Exchange Commission"), is no company.
    private ActorDraft? SalientCompany(int sentence, int the) =>
        Salient(ActorKind.Organization, sentence, d => !IntroducedAs(d, OtherBodies, the, lowerCase: true) && !Array.Exists(d.Longest.Words, OtherBodyNames.Contains)
            && !IsOfficeName(d.Longest)
            && !(d.Longest.Words.Length == 1 && NewsWires.Contains(d.Longest.Words[0]) && IsOnlyAMedium(d)));

    // Every mention told or quoted by ("told AFP", "(Reuters)", "according to AP"), never the subject of the story.
    private bool IsOnlyAMedium(ActorDraft draft)
    {
        foreach (var name in draft.Names)
        {
            if (name.First == 0 || _document.TokenChars(name.First - 1) is not ("told" or "to" or "(" or "by" or "with"))
            {
                return false;
            }
        }

        return true;
    }

    // '"We are ready," Reyes told AFP. The company said ...': the wire a source talked to is not the story's company.
    private static readonly HashSet<string> NewsWires = new(StringComparer.OrdinalIgnoreCase)
    {
        "afp", "reuters", "reuter", "ap", "bloomberg", "xinhua", "interfax", "tass", "dpa", "ansa", "efe", "kyodo", "yonhap",
    };

    private static readonly string[] OtherBodies =
    [
        "union", "party", "ministry", "council", "court", "police", "charity", "university", "agency", "committee",
        "commission", "campaign", "association", "federation", "club", "regulator", "watchdog", "government",
    ];

    private static readonly HashSet<string> OtherBodyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Union", "Party", "Ministry", "Council", "Court", "Police", "University", "Agency", "Committee", "Commission",
        "Association", "Federation", "Department", "Office", "Authority", "Service", "Board", "Institute", "Parliament",
    };

    // "the FBI", "the EPA": a body known by its initials.
    private bool IsAcronym(NameMention name) =>
        name.Words.Length == 1 && name.Span.Length is >= 3 and <= 5 && !_document.Text.AsSpan(name.Span.Start, name.Span.Length).ContainsAnyExcept(Capitals);

    private static readonly HashSet<string> RegulatorNames = new(
        ["Authority", "Commission", "Agency", "Administration", "Office", "Board", "Regulator", "Ombudsman", "Inspectorate", "Commissioner"],
        StringComparer.OrdinalIgnoreCase);

    // "French stock market regulator AMF": a name right after the word (not "Watchdog probes Vivendi").
    private bool CalledRegulator(ActorDraft draft, int before)
    {
        foreach (var name in NamesBefore(draft, before))
        {
            if (name.First > 0 && (Is(name.First - 1, "regulator") || Is(name.First - 1, "watchdog")))
            {
                return true;
            }
        }

        return false;
    }

    // "Ofwat", "Ofcom", "Ofgem": the British regulators' own names, an office of something.
    private static bool IsOfficeName(NameMention name) =>
        name.Words.Length == 1 && name.Words[0] is { Length: >= 5 and <= 7 } word && word.StartsWith("of", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> Capitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ&");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DemonymReportVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "said", "says", "added", "admitted", "admits", "told", "tells", "insisted", "insists", "explained", "confirmed",
        "claimed", "claims", "revealed", "warned", "believes", "believed", "stressed", "conceded", "concedes", "replied",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonDemonyms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Frenchman", "Frenchwoman", "Englishman", "Englishwoman", "Scot", "Scotsman", "Welshman", "Irishman", "Dutchman",
        "Spaniard", "Italian", "German", "Portuguese", "Brazilian", "Argentine", "Argentinian", "American", "Australian",
        "Canadian", "Russian", "Ukrainian", "Belgian", "Swiss", "Swede", "Dane", "Norwegian", "Finn", "Pole", "Croat",
        "Serb", "Czech", "Greek", "Turk", "Israeli", "Palestinian", "Egyptian", "Iranian", "Iraqi", "Chinese", "Japanese",
        "Korean", "Indian", "Pakistani", "Nigerian", "Kenyan", "Ghanaian", "Mexican", "Colombian", "Chilean", "Uruguayan",
        "Austrian", "Hungarian", "Romanian", "Bulgarian", "Slovak", "Icelander", "Kiwi", "Senegalese", "Cameroonian", "Ivorian",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> AgencyNames = new(
        ["Administration", "Agency", "Authority", "Commission", "Bureau", "Service", "Department", "Office", "Board", "Institute", "Executive"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NoPartyNames = new(
        OtherBodyNames.Where(w => w is not ("Party" or "Office")).Concat(["Senate", "House", "Congress", "Assembly", "Government", "Cabinet", "Treasury"]),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> GoverningBodyNames = new(OtherBodyNames.Concat(["League", "FA", "Uefa", "UEFA", "Fifa", "FIFA", "IOC"]), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedBodies =
        new HashSet<string>(["party", "ministry", "agency", "movement", "organisation", "organization"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // "Japanese car maker Mitsubishi Motors ... the Japanese car maker", "US firm Acme ... the US firm": a company
    // named again by the nationality the article gave it. Returns the last token consumed.
    private int? LinkDescribedCompany(int the, int sentenceEnd)
    {
        var noun = the + 2;
        if (noun + 1 < sentenceEnd && char.IsLower(_document.TokenChars(noun)[0]) && !Is(noun, "central") && IsCompanyNoun(noun + 1))
        {
            noun++;
        }

        if (noun >= sentenceEnd || !IsCompanyNoun(noun) || (noun + 1 < sentenceEnd && IsNameStart(noun + 1)))
        {
            return null;
        }

        // Both words must have stood by the name: "Russian conglomerate Alfa Group" is not "the Russian brewer".
        string[] nationality = [_document.TokenChars(the + 1).ToString()];
        var typeWords = TypedNominals.TryGetValue(_document.TokenChars(noun), out var evidence) ? evidence
            : Is(noun, "maker") ? ["maker", "carmaker", "automaker"] : null;
        if (Salient(ActorKind.Organization, _sentenceOf[the], d => IntroducedAs(d, nationality, the) && (typeWords is null || IntroducedAs(d, typeWords, the))) is not { } company)
        {
            return null;
        }

        Add(company, the, noun + 1, MentionType.Nominal);
        return noun;
    }

    // After "the budget airline": a verb or the clause's end, not a noun it qualifies ("the budget airline market") nor
    // the name it is set beside ("the national carrier, Qantas,").
    private bool EndsDescription(int next)
    {
        if (_document.Tokens[next].Kind != TokenKind.Word || NameTokens.IsPossessive(_document.TokenChars(next)))
        {
            return !(Is(next, ",") && next + 1 < _document.Tokens.Count && IsNameStart(next + 1));
        }

        var word = _document.TokenChars(next);
        return char.IsLower(word[0]) && IsVerbLike(word);
    }

    // "has", "said", "reported", "says": the verb after a subject, read by its form ("markets" passes too).
    private static bool IsVerbLike(ReadOnlySpan<char> word) =>
        FiniteVerbs.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith('s');

    // "Tesla shares jumped after the electric carmaker reported ...": the firm its own sentence opens with.
    private ActorDraft? OpeningCompany(int sentence, int the) =>
        Opening(sentence) is { Draft: { Kind: ActorKind.Organization } company } && SalientCompany(sentence, the) == company ? company : null;

    // Companies only: "the Russian government" is Russia's, "the French party" no company.
    private bool IsCompanyNoun(int token) =>
        Is(token, "company") || Is(token, "firm") || Is(token, "group") || Is(token, "bank") || Is(token, "maker") || Is(token, "giant")
        || Is(token, "operator") || TypedNominals.ContainsKey(_document.TokenChars(token));

    // "the department" after "the State Department", "the committee" after "the Senate Agriculture Committee": the
    // organisation last named whose name ends in the word.
    private ActorDraft? NamedByHead(int the)
    {
        // "the bank", "the party": the story's own bank or party, which the kind nominals find.
        var head = _document.TokenChars(the + 1);
        // "Wiltshire Police ... The force said": a police force is "the force", not "the police".
        var force = head is "force" && !Is(the + 2, "of");
        if (!force && (head.Length < 4 || !char.IsLower(head[0]) || !InstitutionHeads.Contains(head) || KindNominals.ContainsKey(head)))
        {
            return null;
        }

        for (var h = _history.Count - 1; h >= 0 && h >= _history.Count - HeadReach; h--)
        {
            var seen = _history[h];
            if (seen.Token < the && seen.End - seen.Token >= 2 && seen.Draft.Kind == ActorKind.Organization
                && _document.TokenChars(seen.End - 1) is var last && char.IsUpper(last[0])
                && (last.Equals(head, StringComparison.OrdinalIgnoreCase) || (force && last is "Police" or "Constabulary")))
            {
                return seen.Draft;
            }
        }

        return null;
    }

    // The country whose government the article named outright ("the New Zealand government", "Italy's
    // government"): a story that never does is most often about its own country, which it does not name.
    private ActorDraft? GovernedCountry()
    {
        for (var h = _history.Count - 1; h >= 0 && h >= _history.Count - CountryReach; h--)
        {
            var (_, end, _, draft, _, _, _) = _history[h];
            if (draft.IsCountry && draft.Kind == ActorKind.Location
                && (Is(end, "government") || (Is(end, "'s") && Is(end + 1, "government")) || (Is(end, "\u2019s") && Is(end + 1, "government"))))
            {
                return draft;
            }
        }

        return null;
    }

    // "John Burrows, the chairman", "the president of the Lombardy region, Roberto Maroni,": the name set beside it.
    private ActorDraft? Apposed(int the, int end, int sentenceEnd, ActorKind kind)
    {
        if (the >= 2 && _document.TokenChars(the - 1) is "," && _history.Count > 0 && _history[^1].End == the - 1
            && _history[^1].Draft.Kind == kind)
        {
            return _history[^1].Draft;
        }

        if (!(Is(end, "of") || (end < sentenceEnd && _document.TokenChars(end) is ",")))
        {
            return null;
        }

        for (var k = end; k < sentenceEnd - 1 && k < end + AppositiveReach; k++)
        {
            if (_document.TokenChars(k) is ",")
            {
                return IsNameStart(k + 1) && DraftAt(k + 1) is { } named && named.Kind == kind ? named : null;
            }
        }

        return null;
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

    // "the airline", "the carrier": named again only when the article called the company that beside its name; a
    // story about an airline may name others more often (a regulator, a news agency).
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> TypedNominals =
        new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["airline"] = ["airline", "carrier"], ["carrier"] = ["carrier", "airline"], ["carmaker"] = ["carmaker", "maker", "automaker"],
            ["retailer"] = ["retailer", "chain"], ["insurer"] = ["insurer"], ["lender"] = ["lender", "bank"],
            ["broadcaster"] = ["broadcaster"], ["manufacturer"] = ["manufacturer", "maker"], ["supermarket"] = ["supermarket", "chain"],
            ["publisher"] = ["publisher"], ["brewer"] = ["brewer"], ["chipmaker"] = ["chipmaker"], ["conglomerate"] = ["conglomerate"],
            ["planemaker"] = ["planemaker", "maker", "manufacturer"],
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, ActorKind>.AlternateLookup<ReadOnlySpan<char>> KindNominals =
        ActorLexicon.KindNominals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, ActorLexicon.Gender>.AlternateLookup<ReadOnlySpan<char>> PersonNouns =
        CoreferenceWords.PersonNouns.GetAlternateLookup<ReadOnlySpan<char>>();

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
            var (_, _, s, draft, _, _, _) = _history[h];
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

    // "Mr Lee said he did not know the rapper had filmed ...", "She thanked the woman she played": the object of a
    // verb whose subject is already the person is someone else (news would say "himself"); "..., and the prime
    // minister added" or ", the prime minister," may still be the same one. A country or a company is not so bound:
    // "India's deficit would hamper the country's growth".
    private bool IsObjectOfItsOwnClause(ActorDraft draft, int the)
    {
        if (the < 1 || _document.Tokens[the - 1].Kind != TokenKind.Word || !IsLowerWord(the - 1)
            || ClauseJoiners.Contains(_document.TokenChars(the - 1)))
        {
            return false;
        }

        var sentenceStart = _document.Sentences[_sentenceOf[the]].FirstToken;
        for (var h = _history.Count - 1; h >= 0 && _history[h].Sentence == _sentenceOf[the]; h--)
        {
            var seen = _history[h];
            if (seen.Draft == draft && seen.End < the - 1 && seen.Quoted == _quoted[the]
                && (OpensAfterTitles(sentenceStart, seen.Token) || IsSubjectPronoun(seen.Token)) && !IsPossessiveAt(seen.End) && !ClauseBetween(seen.End, the))
            {
                return true;
            }
        }

        return false;
    }

    // The name opens its sentence, after its titles at most: "Det Sgt Claire Hughes said ... the woman's family".
    private bool OpensAfterTitles(int sentenceStart, int token)
    {
        if (token - sentenceStart > 4)
        {
            return false;
        }

        for (var t = sentenceStart; t < token; t++)
        {
            if (!ActorLexicon.TitleWords.ContainsWord(_document.TokenChars(t)))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsSubjectPronoun(int token) => _document.TokenChars(token) is "he" or "He" or "she" or "She";

    private bool IsPossessiveAt(int token) => token < _document.Tokens.Count && _document.TokenChars(token) is "'s" or "’s" or "'" or "’";

    // A clause of its own between the subject and the noun: "Reid rejected a move ..., while Spurs had made bids for the
    // 22-year-old".
    private bool ClauseBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_document.Tokens[k].Kind != TokenKind.Word ? _document.TokenChars(k) is "," or ";" or ":" or "-" or "–" or "—" : ClauseJoiners.Contains(_document.TokenChars(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseJoiners = new HashSet<string>(StringComparer.Ordinal)
    {
        "and", "but", "while", "as", "when", "because", "so", "then", "before", "after", "where", "whereas", "although", "though", "until", "since", "or",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private void Add(ActorDraft draft, int first, int end, MentionType type)
    {
        if (type == MentionType.Nominal && draft.Kind == ActorKind.Person && IsObjectOfItsOwnClause(draft, first))
        {
            return;
        }

        var span = new Span(_document.Tokens[first].Span.Start, _document.Tokens[end - 1].Span.End);
        draft.Others.Add(new Mention(span, span.Of(_document.Text), type));
        _history.Add(new Seen(first, end, _sentenceOf[first], draft, _quoted[first], IsSpeech(end) || IsSpeech(first - 1), false));
        _mentionsSoFar[draft.Order]++;
        if (IsTopicKind(draft))
        {
            _subjectsSoFar[draft.Order] += _subjectSentence == _sentenceOf[first] ? 0 : 1;
            _subjectSentence = _sentenceOf[first];
            _topic = new Topic(draft, _subjectSentence, false);
        }
    }
}

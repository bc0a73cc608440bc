using NewsAnalysis.Analysis.Text;
using static NewsAnalysis.Analysis.Claims.Fnv1a;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Hashed features of one proposed attribution for <see cref="AttributionFilter"/>: the rule that proposed it, its
/// cue and the cue model's score, the source's length and shape, the cue's tense and aspect, where the source stands
/// (sentence start, inside a quotation, inside another proposal's content, after "that"), and what kind of content
/// it frames. Training and the filter call the same code, so both see the same features.
/// </summary>
internal sealed class AttributionFeatures
{
    public const int Bits = 18;
    private const int Mask = (1 << Bits) - 1;

    private static readonly WordSet Pronouns = new("he", "she", "they", "i", "we", "you", "it", "who", "which");
    private static readonly WordSet FirstPerson = new("i", "we");
    private static readonly WordSet SecondPerson = new("you");
    private static readonly WordSet Determiners = new(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
        "many", "most", "several", "one", "other", "others", "both", "all");
    private static readonly WordSet Perfect = new("has", "have", "had", "'s", "’s", "'ve", "’ve");
    private static readonly WordSet Progressive = new("is", "are", "was", "were", "be", "been", "being", "'re", "’re");
    private static readonly WordSet Negations = new("not", "n't", "n’t", "never", "no");

    private readonly TextDocument _document;
    private readonly int[] _quoteOf;
    private readonly CueLexicon _lexicon;
    private readonly (Span Content, char Score, char Rule, Span Cue, char Kind, uint Head)[] _contents;
    private readonly int[] _widestEnd;
    private readonly (Span Span, char Type, char Kind)[] _mentions;
    private readonly Dictionary<Span, int> _perCue = [];
    private readonly Dictionary<Span, int> _perContent = [];
    // How many proposals in the article have a source with this head word: a speaker the article keeps quoting.
    private readonly Dictionary<uint, int> _perHead = [];
    private readonly int _sourced;

    /// <param name="candidates">Every proposal in the article: a source inside another's content is a nested report,
    /// and proposals that share a cue or a content compete for it.</param>
    /// <param name="actors">The article's actors: whether the source names a person, an organisation, by name or pronoun.</param>
    public AttributionFeatures(
        TextDocument document, int[] quoteOf, IReadOnlyList<FoundAttribution> candidates, IReadOnlyList<Actor> actors, CueLexicon lexicon)
    {
        _document = document;
        _quoteOf = quoteOf;
        _lexicon = lexicon;
        var count = 0;
        foreach (var actor in actors)
        {
            count += actor.Mentions.Count;
        }

        _mentions = new (Span, char, char)[count];
        count = 0;
        foreach (var actor in actors)
        {
            foreach (var mention in actor.Mentions)
            {
                _mentions[count++] = (mention.Span, (char)('a' + (int)mention.Type), (char)('A' + (int)actor.Kind));
            }
        }

        Array.Sort(_mentions, static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
        foreach (var c in candidates)
        {
            if (c.Cue is { } cue)
            {
                _perCue[cue] = _perCue.GetValueOrDefault(cue) + 1;
            }

            _perContent[c.Content] = _perContent.GetValueOrDefault(c.Content) + 1;
            if (c.Source is { } s && s.Length > 0)
            {
                _sourced++;
                var h = HeadOf(s);
                _perHead[h] = _perHead.GetValueOrDefault(h) + 1;
            }
        }

        // Only reported speech holds a nested report ("wrote that [officials said] ..."): a report inside a plan or a
        // request ("asked Moreno [to explain] ...", "plan to close the dam, which [engineers warn] ...") is one of its own.
        var speech = new List<(Span Content, char Score, char Rule, Span Cue, char Kind, uint Head)>(candidates.Count);
        foreach (var c in candidates)
        {
            if (IsSpeech(c))
            {
                speech.Add((c.Content, ScoreBucket(c.CueScore), RuleOf(c), c.Cue ?? default, (char)((c.Weak ? 'a' : 'A') + (int)c.Kind),
                    c.Source is { } outerSource && outerSource.Length > 0 ? HeadOf(outerSource) : 0));
            }
        }

        _contents = [.. speech];
        Array.Sort(_contents, static (x, y) => x.Content.Start.CompareTo(y.Content.Start));
        _widestEnd = new int[_contents.Length];
        var widest = 0;
        for (var k = 0; k < _contents.Length; k++)
        {
            widest = Math.Max(widest, _contents[k].Content.End);
            _widestEnd[k] = widest;
        }
    }

    public void Extract(FoundAttribution candidate, List<int> features)
    {
        var tokens = _document.Tokens;
        var rule = RuleOf(candidate);
        var kind = (char)('0' + (int)candidate.Kind);
        features.Add(F(1, Mix(0, rule)));
        features.Add(F(2, Mix(Mix(0, rule), kind)));
        features.Add(F(3, Mix(0, candidate.InNounPhrase ? 'n' : 'c')));

        var score = ScoreBucket(candidate.CueScore);
        features.Add(F(4, Mix(0, score)));
        features.Add(F(5, Mix(Mix(0, score), rule)));

        var source = candidate.Source!.Value;
        var s0 = TokenAt(source.Start);
        var s1 = Math.Max(s0, TokenAt(source.End - 1));
        var length = (char)('0' + Math.Min(6, s1 - s0 + 1));
        Span<char> shapeBuffer = stackalloc char[6];
        ReadOnlySpan<char> shape = SourceShape(s0, s1, shapeBuffer);
        var shapeHash = Of(shape);
        var head = Of(Word(s1));
        features.Add(F(6, Mix(0, length)));
        features.Add(F(7, Mix(Mix(0, length), rule)));
        features.Add(F(8, shapeHash));
        features.Add(F(9, Mix(shapeHash, rule)));
        features.Add(F(10, head));
        features.Add(F(11, Of(Word(s0))));
        features.Add(F(12, Mix(head, rule)));

        // Where the source stands.
        var sentence = SentenceOf(s0);
        var sentenceStart = sentence >= 0 && _document.Sentences[sentence].FirstToken == s0;
        var afterThat = s0 > 0 && Word(s0 - 1).Equals("that", StringComparison.OrdinalIgnoreCase);
        var sourceQuoted = _quoteOf[s0] >= 0;
        var (nested, outerScore, outerRule, outerCue, outerKind, depth, outerHead) = Outer(source);
        var nest = nested ? 'n' : '-';
        features.Add(F(13, Mix(Mix(Mix(Mix(0, sentenceStart ? 's' : '-'), afterThat ? 't' : '-'), sourceQuoted ? 'q' : '-'), nest)));
        features.Add(F(14, Mix(Mix(0, nest), rule)));
        features.Add(F(15, Mix(Mix(0, nest), kind)));
        features.Add(F(47, Mix(Mix(Mix(0, outerScore), outerRule), rule)));
        features.Add(F(48, Mix(Mix(0, outerScore), score)));
        if (nested)
        {
            // Reported speech inside reported speech ("wrote that ... said") versus a report inside a request or a
            // plan ("asked him to explain", "plan to close the dam, which engineers warn ...").
            var outerWord = Of(outerCue.SliceOf(_document.Text));
            features.Add(F(49, outerWord));
            features.Add(F(50, Mix(outerWord, rule)));
            // How deep, and in what: a quotation (direct or mixed) or a paraphrase; from a cue the rules alone take or a weak one.
            features.Add(F(51, Mix(Mix(Mix(0, outerKind), depth), rule)));
            features.Add(F(52, Mix(Mix(Mix(0, outerKind), kind), sourceQuoted ? 'q' : '-')));
            // The same speaker inside their own report ("he said ... he said"), or someone they cite.
            features.Add(F(61, Mix(Mix(0, outerHead == Of(Word(s1)) ? 's' : 'o'), rule)));
        }

        // "I think", "we believe" inside a quotation: the quoted speaker's own stance, which PolNeAR mostly leaves unmarked.
        var person = s0 != s1 ? '-' : FirstPerson.Contains(Word(s0)) ? '1' : SecondPerson.Contains(Word(s0)) ? '2' : Pronouns.Contains(Word(s0)) ? '3' : '-';
        features.Add(F(59, Mix(Mix(Mix(0, person), sourceQuoted ? 'q' : '-'), rule)));
        features.Add(F(16, Mix(Mix(0, afterThat ? 't' : '-'), rule)));
        features.Add(F(17, Of(s0 > 0 ? Neighbour(s0 - 1) : "<s>")));

        var (type, actorKind) = MentionAt(source);
        features.Add(F(40, Mix(Mix(0, type), actorKind)));
        features.Add(F(41, Mix(Mix(Mix(0, type), actorKind), rule)));
        var sharing = (char)('0' + Math.Min(3, _perContent.GetValueOrDefault(candidate.Content)));
        features.Add(F(42, Mix(Mix(0, sharing), rule)));

        // Only an article with several reports says anything by quoting someone once; a short text says nothing.
        if (_sourced >= 6)
        {
            var repeated = _perHead.GetValueOrDefault(head) switch { <= 1 => '1', 2 => '2', <= 4 => '3', _ => '4' };
            features.Add(F(53, Mix(Mix(0, repeated), rule)));
        }

        var quotedSentence = sentence >= 0 && HasQuote(_document.Sentences[sentence]);
        features.Add(F(18, Mix(Mix(0, quotedSentence ? 'q' : '-'), rule)));

        // The content: a that-clause, a quotation, an infinitive, before or after the cue, how long.
        var c0 = TokenAt(candidate.Content.Start);
        var opener = Of(c0 > 0 ? Neighbour(c0 - 1) : "<s>");
        var contentQuoted = _quoteOf[c0] >= 0;
        var contentLength = candidate.Content.Length switch { < 30 => 'a', < 80 => 'b', < 200 => 'c', _ => 'd' };
        features.Add(F(19, opener));
        features.Add(F(20, Mix(opener, rule)));
        features.Add(F(21, Mix(Mix(0, contentQuoted ? 'q' : '-'), contentLength)));

        if (candidate.Cue is not { } cue)
        {
            features.Add(F(22, Of("<nocue>")));
            return;
        }

        var k0 = TokenAt(cue.Start);
        var k1 = Math.Max(k0, TokenAt(cue.End - 1));
        var cueText = k1 - k0 < 3 ? cue.SliceOf(_document.Text) : Word(k1);
        var cueWord = Of(cueText);
        features.Add(F(22, cueWord));
        features.Add(F(23, Mix(cueWord, rule)));
        features.Add(F(24, Mix(cueWord, score)));
        features.Add(F(25, Mix(cueWord, shape.Length > 0 ? shape[0] : '-')));
        features.Add(F(39, Mix(cueWord, nest)));
        var competing = (char)('0' + Math.Min(3, _perCue.GetValueOrDefault(cue)));
        features.Add(F(43, Mix(Mix(0, competing), rule)));
        var strength = (char)('0' + Math.Min(9, (int)(_lexicon.Strength(Word(k1)) * 10)));
        features.Add(F(44, Mix(Mix(0, strength), score)));
        features.Add(F(45, Mix(Mix(0, strength), rule)));
        features.Add(F(46, Mix(Mix(cueWord, type), actorKind)));

        var before = source.End <= cue.Start;
        var gap = before ? k0 - s1 - 1 : s0 - k1 - 1;
        var distance = gap switch { <= 0 => '0', 1 => '1', 2 => '2', <= 4 => '3', <= 8 => '4', _ => '5' };
        features.Add(F(26, Mix(Mix(0, before ? 'b' : source.Start >= cue.End ? 'a' : 'o'), distance)));
        features.Add(F(27, Mix(Mix(Mix(0, before ? 'b' : 'a'), distance), rule)));
        features.Add(F(28, Mix(0, candidate.Content.End <= cue.Start ? 'l' : candidate.Content.Start >= cue.End ? 'r' : 'o')));

        var previous = Of(k0 > 0 ? Neighbour(k0 - 1) : "<s>");
        var next = Of(k1 + 1 < tokens.Count ? Neighbour(k1 + 1) : "</s>");
        features.Add(F(29, previous));
        features.Add(F(30, next));
        features.Add(F(31, Join(previous, cueWord)));
        features.Add(F(32, Join(cueWord, next)));

        // Tense and aspect from the two words before the cue.
        Span<char> aspect = stackalloc char[4];
        aspect.Fill('-');
        for (var t = Math.Max(0, k0 - 3); t < k0; t++)
        {
            var w = Word(t);
            aspect[0] = Perfect.Contains(w) ? 'p' : aspect[0];
            aspect[1] = Progressive.Contains(w) && cueText.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? 'g' : aspect[1];
            aspect[2] = ReportWords.Modals.Contains(w) ? 'm' : aspect[2];
            aspect[3] = Negations.Contains(w) ? 'x' : aspect[3];
        }

        var aspectHash = Of(aspect);
        features.Add(F(33, aspectHash));
        features.Add(F(34, Join(aspectHash, cueWord)));
        features.Add(F(35, Of(cueText.Length > 3 ? cueText[^3..] : cueText)));
        features.Add(F(36, Mix(0, _quoteOf[k0] >= 0 ? 'q' : '-')));
        features.Add(F(37, Join(cueWord, head)));
        features.Add(F(38, Mix(shapeHash, before ? 'b' : 'a')));
    }

    // A report held in another report's content ("The paper wrote that [officials said] ..."), which PolNeAR mostly
    // leaves unannotated, with how sure the cue of the surest report holding it is and which rule proposed that one.
    private (bool Nested, char Score, char Rule, Span Cue, char Kind, char Depth, uint Head) Outer(Span source)
    {
        int lo = 0, hi = _contents.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_contents[mid].Content.Start <= source.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var best = (Nested: false, Score: '.', Rule: '.', Cue: default(Span), Kind: '.', Depth: '0', Head: 0u);
        var depth = 0;
        for (var k = lo - 1; k >= 0 && k >= lo - 64 && _widestEnd[k] >= source.End; k--)
        {
            if (_contents[k].Content.End >= source.End)
            {
                depth++;
                if (!best.Nested || _contents[k].Score > best.Score)
                {
                    best = (true, _contents[k].Score, _contents[k].Rule, _contents[k].Cue, _contents[k].Kind, '0', _contents[k].Head);
                }
            }
        }

        best.Depth = (char)('0' + Math.Min(3, depth));
        return best;
    }

    /// <summary>Whether the source sits in the speech of another proposal, and how many deep.</summary>
    internal (bool Nested, int Depth) NestingOf(Span source) => Outer(source) is var o ? (o.Nested, o.Depth - '0') : default;

    private bool IsSpeech(FoundAttribution candidate)
    {
        if (candidate.Kind is AttributionKind.Direct or AttributionKind.Mixed)
        {
            return true;
        }

        var first = TokenAt(candidate.Content.Start);
        if (_quoteOf[first] >= 0 || first == 0)
        {
            return _quoteOf[first] >= 0;
        }

        // "wrote that", "told reporters that"; not a relative "that" further on ("sent out a leaflet that claimed").
        // "said the plan failed": a clause right after a verb cue is its speech too.
        var before = Word(first - 1);
        return before is ":" or "\"" or "“" or "‘"
            || (candidate.Cue is { } cue && !candidate.InNounPhrase
                && ((before.Equals("that", StringComparison.OrdinalIgnoreCase) && first - 1 - TokenAt(cue.End) <= 2)
                    || (first - 1 == TokenAt(cue.End - 1) && cue.End <= candidate.Content.Start && !IsRequest(first))));
    }

    // "plan to close", "asked Moreno to explain", "quoted as saying": an infinitive or an "as" phrase within the first
    // words after the cue is a request or a plan, not speech.
    private bool IsRequest(int first)
    {
        for (var t = first; t < first + 4 && t < _document.Tokens.Count; t++)
        {
            if (Word(t) is "to" or "as" or "." or ";")
            {
                return Word(t) is "to" or "as";
            }
        }

        return false;
    }

    private uint HeadOf(Span source) => Of(Word(Math.Max(TokenAt(source.Start), TokenAt(source.End - 1))));

    private static char RuleOf(FoundAttribution candidate) => (char)('A' + (int)candidate.Rule);

    // The cue model's probability in tenths, '-' when the rule did not ask it.
    private static char ScoreBucket(float score) => score <= 0 ? '-' : (char)('0' + Math.Min(9, (int)(score * 10)));

    /// <summary>
    /// A report the filter leaves to the rules: a speaker named by a relative clause with a newsroom reporting verb
    /// (the lexicon's seed list: "a leaflet that claimed", "the minister, who said"), not nested in another report's
    /// speech. PolNeAR's annotators mark these unevenly, and a newsroom reads them as reports. So is a poll or survey
    /// opening the sentence ("In a survey published Friday, most ..."): too rare in training for the filter to judge.
    /// And a transcript's turn, a name in capitals before a colon ("MARTINEZ: We will ..."). And a stance expressed in
    /// so many words ("voiced concern about", "maintained optimism about"): on PolNeAR train 19 of 23 such proposals
    /// are right, the wrong ones mostly "support", which is also a candidate's standing ("maintained support among").
    /// </summary>
    public bool IsTrusted(FoundAttribution candidate) => candidate.Rule == AttributionRule.InPoll
        || (candidate.Rule == AttributionRule.SpeakerLabel && candidate.Source is { } label && IsTranscriptLabel(label.SliceOf(_document.Text)))
        || IsExpressedStance(candidate)
        || IsClosingReport(candidate)
        || IsReportInRelative(candidate)
        || IsPassiveCharge(candidate)
        || IsCopularReport(candidate)
        || (candidate.Cue is { } cue && candidate.Source is { } source && IsRelative(source, cue)
            && _lexicon.Strength(Word(Math.Max(TokenAt(cue.Start), TokenAt(cue.End - 1)))) >= 0.9 && !Outer(source).Nested);

    // "Insurers could face losses of $15 billion, catastrophe modeler Verisk estimated on Tuesday.": a whole sentence,
    // then its reporter closing it, is how news attributes; the shape vouches for a cue the model rates low.
    private bool IsClosingReport(FoundAttribution candidate)
    {
        if (candidate.Rule != AttributionRule.VerbSubject || candidate.Cue is not { } cue || candidate.Source is not { } source
            || candidate.Content.End > source.Start || source.End > cue.Start
            || (_lexicon.Strength(cue.SliceOf(_document.Text)) < 0.3 && !ReportWords.InvertingVerbs.Contains(cue.SliceOf(_document.Text))))
        {
            return false;
        }

        var tokens = _document.Tokens;
        var first = TokenAt(candidate.Content.Start);
        var s0 = TokenAt(source.Start);
        var c0 = TokenAt(cue.Start);
        var sentence = SentenceOf(first);
        if (sentence < 0 || _quoteOf[first] >= 0 || TokenAt(cue.End - 1) != c0 || TokenAt(source.End - 1) + 1 != c0
            || s0 - 1 < 0 || Word(s0 - 1) is not "," || TokenAt(candidate.Content.End - 1) + 1 != s0 - 1
            // "..., twice the amount expected.": a comparison, and the participle describes its noun.
            || Comparisons.Contains(Word(s0)))
        {
            return false;
        }

        var opening = _document.Sentences[sentence].FirstToken;
        if (first != opening && !(first == opening + 1 && tokens[opening].Kind != TokenKind.Word))
        {
            return false;
        }

        // What may follow the cue: the sentence's end, or a short time ("on Tuesday", "last week") before it or a comma.
        for (var t = c0 + 1; t < tokens.Count && t <= c0 + 4; t++)
        {
            if (Word(t) is "." or "," or ";")
            {
                return true;
            }

            if (tokens[t].Kind != TokenKind.Word || !IsTimeWord(Word(t)))
            {
                return false;
            }
        }

        return c0 + 1 >= tokens.Count;
    }

    // "an overhaul that critics say will make it harder to vote", "the plan, which officials claim is safe": a report
    // set inside a relative clause, its content the clause's own verb phrase, is the news idiom for a contested view.
    // "The message from the Treasury was clear: there will be no more money": what was said after "is" and a colon or
    // "that", the noun's holder named.
    private bool IsCopularReport(FoundAttribution candidate) =>
        candidate.Rule == AttributionRule.PossessiveNoun && candidate.Cue is { } cue && ReportWords.CopularReportNouns.Contains(cue.SliceOf(_document.Text))
        && TokenAt(candidate.Content.Start) is var first && first >= 2 && Word(first - 1) is "that" or ":"
        && (Word(first - 2) is "is" or "was" || (first >= 3 && Word(first - 3) is "is" or "was"));

    // "was accused by the Department of Justice of maintaining a monopoly": the agent, then the charge it made.
    private bool IsPassiveCharge(FoundAttribution candidate) =>
        candidate.Rule == AttributionRule.PassiveAgent && candidate.Cue is { } cue && candidate.Source is { } source
        && Word(TokenAt(cue.Start)) is "accused" or "criticised" or "criticized" or "blamed" or "condemned" or "praised" or "attacked" or "slammed" or "denounced"
        && TokenAt(candidate.Content.Start) - 2 == TokenAt(source.End - 1) && Word(TokenAt(candidate.Content.Start) - 1) is "of" or "for";

    private bool IsReportInRelative(FoundAttribution candidate)
    {
        if (candidate.Rule != AttributionRule.VerbSubject || candidate.Cue is not { } cue || candidate.Source is not { } source
            || source.End > cue.Start || candidate.Content.Start < cue.End || _lexicon.Strength(cue.SliceOf(_document.Text)) < 0.5)
        {
            return false;
        }

        var s0 = TokenAt(source.Start);
        var s1 = TokenAt(source.End - 1);
        var c0 = TokenAt(cue.Start);
        var first = TokenAt(candidate.Content.Start);
        var head = Word(s1);
        // "which I think is right" is a speaker's aside; "most of the taxes claimed are ..." a participle.
        var speaker = head is "he" or "she" or "they" or "it" || char.IsUpper(head[0]) || ReportWords.UnnamedGroups.Contains(head) || ReportWords.PersonNouns.Contains(head);
        return s0 > 0 && Word(s0 - 1) is "that" or "which" && s1 + 1 == c0 && first == c0 + 1 && speaker && !FirstPerson.Contains(head)
            && first < _document.Tokens.Count && RelativeVerbs.Contains(Word(first)) && _quoteOf[s0] < 0;
    }

    private static readonly WordSet RelativeVerbs = new(
        "will", "would", "could", "can", "may", "might", "should", "must", "is", "are", "was", "were", "has", "have", "had");

    private static readonly WordSet Comparisons = new(
        "twice", "thrice", "double", "triple", "half", "more", "less", "fewer", "above", "below", "than", "well", "far");

    private static bool IsTimeWord(ReadOnlySpan<char> word) =>
        ReportWords.Weekdays.Contains(word) || ReportWords.TimeWords.Contains(word) || TimeAdjuncts.Contains(word);

    private static readonly WordSet TimeAdjuncts = new(
        "on", "last", "this", "late", "early", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend");

    private bool IsExpressedStance(FoundAttribution candidate)
    {
        if (candidate.Cue is not { } cue || candidate.Source is null || !ExpressionVerbs.Contains(cue.SliceOf(_document.Text)))
        {
            return false;
        }

        var first = TokenAt(candidate.Content.Start);
        return first < _document.Tokens.Count && AttitudeNouns.Contains(Word(first))
            && first + 1 < _document.Tokens.Count && Word(first + 1) is "about" or "over" or "that" or "at" or "for";
    }

    private static readonly WordSet ExpressionVerbs = new(
        "expressed", "voiced", "maintained", "signalled", "signaled", "conveyed", "expressing", "voicing", "maintaining");

    private static readonly WordSet AttitudeNouns = new(
        "optimism", "pessimism", "concern", "concerns", "confidence", "hope", "hopes", "doubt", "doubts", "scepticism",
        "skepticism", "frustration", "anger", "fears", "fear", "worry", "worries", "dismay", "disappointment", "regret",
        "outrage", "alarm", "satisfaction");

    // "MARTINEZ:", "SEN. COLLINS:": a speaker's name in capitals before a colon is a transcript's turn.
    private static bool IsTranscriptLabel(ReadOnlySpan<char> label)
    {
        var letters = 0;
        foreach (var c in label)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    // "who said", "a leaflet that claimed": a relative pronoun is the source or stands between it and the cue.
    private bool IsRelative(Span source, Span cue)
    {
        if (source.End > cue.Start)
        {
            return false;
        }

        var k0 = TokenAt(cue.Start);
        for (var t = TokenAt(source.End - 1); t < k0 && t <= TokenAt(source.End - 1) + 3; t++)
        {
            if (Word(t) is "that" or "who" or "which")
            {
                return true;
            }
        }

        return false;
    }

    // The mention type and actor kind of the first mention the source overlaps, or '-'.
    private (char Type, char Kind) MentionAt(Span source)
    {
        int lo = 0, hi = _mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Span.Start < source.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // Mentions are sorted by start; one that starts before the source may still reach into it.
        for (var k = Math.Max(0, lo - 2); k < _mentions.Length && _mentions[k].Span.Start < source.End; k++)
        {
            if (_mentions[k].Span.Overlaps(source))
            {
                return (_mentions[k].Type, _mentions[k].Kind);
            }
        }

        return ('-', '-');
    }

    private bool HasQuote(Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (_quoteOf[t] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The source as a string of word classes, at most six: "DlC" for "the former Senator".
    private Span<char> SourceShape(int s0, int s1, Span<char> shape)
    {
        var n = 0;
        for (var t = s0; t <= s1 && n < shape.Length; t++)
        {
            var w = Word(t);
            var c = w[0];
            shape[n++] = Pronouns.Contains(w) ? 'P'
                : Determiners.Contains(w) ? 'D'
                : char.IsUpper(c) ? (w.Length > 1 && IsAllCaps(w) ? 'U' : 'C')
                : char.IsLower(c) ? 'l'
                : char.IsDigit(c) ? '9'
                : c is '\'' or '’' ? 'S'
                : '.';
        }

        return shape[..n];
    }

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private ReadOnlySpan<char> Word(int t) => _document.Tokens[t].Span.SliceOf(_document.Text);

    // A neighbouring word, or the punctuation mark itself when it is one character.
    private ReadOnlySpan<char> Neighbour(int t) => _document.Tokens[t].Kind == TokenKind.Word ? Word(t) : Word(t).Length == 1 ? Word(t) : "<p>";

    // The token holding or first after the offset.
    // The first token that ends after the offset (the last token when none does). Halved without branches: the
    // comparisons of a search are a coin toss each, and every mispredicted one cost more than the probe.
    private int TokenAt(int offset)
    {
        var tokens = _document.Tokens.AsSpan();
        int lo = 0, n = tokens.Length - 1;
        while (n > 0)
        {
            var half = n >> 1;
            var right = tokens[lo + half].Span.End <= offset;
            lo = right ? lo + half + 1 : lo;
            n = right ? n - half - 1 : half;
        }

        return lo;
    }

    private int SentenceOf(int token) => _document.SentenceIndexOf(token);

    // A word's hash, computed once and mixed into every feature that uses it.
    private static uint Of(ReadOnlySpan<char> s) => Fnv1a.Word(Offset, s);

    private static uint Join(uint a, uint b) => (a * 0x9E3779B1u) ^ b;

    // Feature number id over a value's hash.
    private static int F(int id, uint h) => Index(Mix(Mix(h * Prime, (char)id), '\u0002'));

    private static int Index(uint h) => (int)((h ^ (h >> Bits)) & Mask);
}

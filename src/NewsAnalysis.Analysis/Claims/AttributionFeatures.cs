using NewsAnalysis.Analysis.Text;

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
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    private static readonly WordSet Pronouns = new("he", "she", "they", "i", "we", "you", "it", "who", "which");
    private static readonly WordSet Determiners = new(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
        "many", "most", "several", "one", "other", "others", "both", "all");
    private static readonly WordSet Perfect = new("has", "have", "had", "'s", "’s", "'ve", "’ve");
    private static readonly WordSet Progressive = new("is", "are", "was", "were", "be", "been", "being", "'re", "’re");
    private static readonly WordSet Modals = new("will", "would", "could", "can", "may", "might", "should", "must", "'ll", "’ll", "'d", "’d");
    private static readonly WordSet Negations = new("not", "n't", "n’t", "never", "no");

    private readonly TextDocument _document;
    private readonly int[] _quoteOf;
    private readonly CueLexicon _lexicon;
    private readonly (Span Content, char Score, char Rule, Span Cue)[] _contents;
    private readonly int[] _widestEnd;
    private readonly (Span Span, char Type, char Kind)[] _mentions;
    private readonly Dictionary<Span, int> _perCue = [];
    private readonly Dictionary<Span, int> _perContent = [];

    /// <param name="candidates">Every proposal in the article: a source inside another's content is a nested report,
    /// and proposals that share a cue or a content compete for it.</param>
    /// <param name="actors">The article's actors: whether the source names a person, an organisation, by name or pronoun.</param>
    public AttributionFeatures(
        TextDocument document, int[] quoteOf, IReadOnlyList<FoundAttribution> candidates, IReadOnlyList<Actor> actors, CueLexicon lexicon)
    {
        _document = document;
        _quoteOf = quoteOf;
        _lexicon = lexicon;
        _mentions = actors.SelectMany(a => a.Mentions.Select(m => (m.Span, (char)('a' + (int)m.Type), (char)('A' + (int)a.Kind)))).ToArray();
        Array.Sort(_mentions, (x, y) => x.Span.Start.CompareTo(y.Span.Start));
        foreach (var c in candidates)
        {
            if (c.Cue is { } cue)
            {
                _perCue[cue] = _perCue.GetValueOrDefault(cue) + 1;
            }

            _perContent[c.Content] = _perContent.GetValueOrDefault(c.Content) + 1;
        }

        // Only reported speech holds a nested report ("wrote that [officials said] ..."): a report inside a plan or a
        // request ("asked Moreno [to explain] ...", "plan to close the dam, which [engineers warn] ...") is one of its own.
        _contents = candidates.Where(IsSpeech)
            .Select(c => (c.Content, ScoreBucket(c.CueScore), RuleOf(c), c.Cue ?? default))
            .ToArray();

        Array.Sort(_contents, (x, y) => x.Content.Start.CompareTo(y.Content.Start));
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
        features.Add(Index(Mix(Hash(1, ""), rule)));
        features.Add(Index(Mix(Mix(Hash(2, ""), rule), kind)));
        features.Add(Index(Mix(Hash(3, ""), candidate.InNounPhrase ? 'n' : 'c')));

        var score = ScoreBucket(candidate.CueScore);
        features.Add(Index(Mix(Hash(4, ""), score)));
        features.Add(Index(Mix(Mix(Hash(5, ""), score), rule)));

        var source = candidate.Source!.Value;
        var s0 = TokenAt(source.Start);
        var s1 = Math.Max(s0, TokenAt(source.End - 1));
        var length = (char)('0' + Math.Min(6, s1 - s0 + 1));
        Span<char> shapeBuffer = stackalloc char[6];
        ReadOnlySpan<char> shape = SourceShape(s0, s1, shapeBuffer);
        features.Add(Index(Mix(Hash(6, ""), length)));
        features.Add(Index(Mix(Mix(Hash(7, ""), length), rule)));
        features.Add(Index(Hash(8, shape)));
        features.Add(Index(Mix(Hash(9, shape), rule)));
        features.Add(Index(Hash(10, Word(s1))));
        features.Add(Index(Hash(11, Word(s0))));
        features.Add(Index(Mix(Hash(12, Word(s1)), rule)));

        // Where the source stands.
        var sentence = SentenceOf(s0);
        var sentenceStart = sentence >= 0 && _document.Sentences[sentence].FirstToken == s0;
        var afterThat = s0 > 0 && Word(s0 - 1).Equals("that", StringComparison.OrdinalIgnoreCase);
        var sourceQuoted = _quoteOf[s0] >= 0;
        var (nested, outerScore, outerRule, outerCue) = Outer(source);
        features.Add(Index(Mix(Mix(Mix(Mix(Hash(13, ""), sentenceStart ? 's' : '-'), afterThat ? 't' : '-'), sourceQuoted ? 'q' : '-'), nested ? 'n' : '-')));
        features.Add(Index(Mix(Mix(Hash(14, ""), nested ? 'n' : '-'), rule)));
        features.Add(Index(Mix(Mix(Hash(15, ""), nested ? 'n' : '-'), kind)));
        features.Add(Index(Mix(Mix(Mix(Hash(47, ""), outerScore), outerRule), rule)));
        features.Add(Index(Mix(Mix(Hash(48, ""), outerScore), score)));
        if (nested)
        {
            // Reported speech inside reported speech ("wrote that ... said") versus a report inside a request or a
            // plan ("asked him to explain", "plan to close the dam, which engineers warn ...").
            var outerWord = outerCue.SliceOf(_document.Text);
            features.Add(Index(Hash(49, outerWord)));
            features.Add(Index(Mix(Hash(50, outerWord), rule)));
        }

        features.Add(Index(Mix(Mix(Hash(16, ""), afterThat ? 't' : '-'), rule)));
        features.Add(Index(Hash(17, s0 > 0 ? Neighbour(s0 - 1) : "<s>")));

        var (type, actorKind) = MentionAt(source);
        features.Add(Index(Mix(Mix(Hash(40, ""), type), actorKind)));
        features.Add(Index(Mix(Mix(Mix(Hash(41, ""), type), actorKind), rule)));
        var sharing = (char)('0' + Math.Min(3, _perContent.GetValueOrDefault(candidate.Content)));
        features.Add(Index(Mix(Mix(Hash(42, ""), sharing), rule)));

        var quotedSentence = sentence >= 0 && HasQuote(_document.Sentences[sentence]);
        features.Add(Index(Mix(Mix(Hash(18, ""), quotedSentence ? 'q' : '-'), rule)));

        // The content: a that-clause, a quotation, an infinitive, before or after the cue, how long.
        var c0 = TokenAt(candidate.Content.Start);
        var opener = c0 > 0 ? Neighbour(c0 - 1) : "<s>";
        var contentQuoted = _quoteOf[c0] >= 0;
        var contentLength = candidate.Content.Length switch { < 30 => 'a', < 80 => 'b', < 200 => 'c', _ => 'd' };
        features.Add(Index(Hash(19, opener)));
        features.Add(Index(Mix(Hash(20, opener), rule)));
        features.Add(Index(Mix(Mix(Hash(21, ""), contentQuoted ? 'q' : '-'), contentLength)));

        if (candidate.Cue is not { } cue)
        {
            features.Add(Index(Hash(22, "<nocue>")));
            return;
        }

        var k0 = TokenAt(cue.Start);
        var k1 = Math.Max(k0, TokenAt(cue.End - 1));
        var cueWord = k1 - k0 < 3 ? cue.SliceOf(_document.Text) : Word(k1);
        features.Add(Index(Hash(22, cueWord)));
        features.Add(Index(Mix(Hash(23, cueWord), rule)));
        features.Add(Index(Mix(Hash(24, cueWord), score)));
        features.Add(Index(Mix(Hash(25, cueWord), shape.Length > 0 ? shape[0] : '-')));
        features.Add(Index(Mix(Hash(39, cueWord), nested ? 'n' : '-')));
        var competing = (char)('0' + Math.Min(3, _perCue.GetValueOrDefault(cue)));
        features.Add(Index(Mix(Mix(Hash(43, ""), competing), rule)));
        var strength = (char)('0' + Math.Min(9, (int)(_lexicon.Strength(Word(k1)) * 10)));
        features.Add(Index(Mix(Mix(Hash(44, ""), strength), score)));
        features.Add(Index(Mix(Mix(Hash(45, ""), strength), rule)));
        features.Add(Index(Mix(Mix(Hash(46, cueWord), type), actorKind)));

        var before = source.End <= cue.Start;
        var gap = before ? k0 - s1 - 1 : s0 - k1 - 1;
        var distance = gap switch { <= 0 => '0', 1 => '1', 2 => '2', <= 4 => '3', <= 8 => '4', _ => '5' };
        features.Add(Index(Mix(Mix(Hash(26, ""), before ? 'b' : source.Start >= cue.End ? 'a' : 'o'), distance)));
        features.Add(Index(Mix(Mix(Mix(Hash(27, ""), before ? 'b' : 'a'), distance), rule)));
        features.Add(Index(Mix(Hash(28, ""), candidate.Content.End <= cue.Start ? 'l' : candidate.Content.Start >= cue.End ? 'r' : 'o')));

        var previous = k0 > 0 ? Neighbour(k0 - 1) : "<s>";
        var next = k1 + 1 < tokens.Count ? Neighbour(k1 + 1) : "</s>";
        features.Add(Index(Hash(29, previous)));
        features.Add(Index(Hash(30, next)));
        features.Add(Index(Hash(Hash(31, previous), cueWord)));
        features.Add(Index(Hash(Hash(32, cueWord), next)));

        // Tense and aspect from the two words before the cue.
        Span<char> aspect = stackalloc char[4];
        aspect.Fill('-');
        for (var t = Math.Max(0, k0 - 3); t < k0; t++)
        {
            var w = Word(t);
            aspect[0] = Perfect.Contains(w) ? 'p' : aspect[0];
            aspect[1] = Progressive.Contains(w) && cueWord.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? 'g' : aspect[1];
            aspect[2] = Modals.Contains(w) ? 'm' : aspect[2];
            aspect[3] = Negations.Contains(w) ? 'x' : aspect[3];
        }

        features.Add(Index(Hash(33, aspect)));
        features.Add(Index(Hash(Hash(34, aspect), cueWord)));
        features.Add(Index(Hash(35, cueWord.Length > 3 ? cueWord[^3..] : cueWord)));
        features.Add(Index(Mix(Hash(36, ""), _quoteOf[k0] >= 0 ? 'q' : '-')));
        features.Add(Index(Hash(Hash(37, cueWord), Word(s1))));
        features.Add(Index(Mix(Hash(38, shape), before ? 'b' : 'a')));
    }

    // A report held in another report's content ("The paper wrote that [officials said] ..."), which PolNeAR mostly
    // leaves unannotated, with how sure the cue of the surest report holding it is and which rule proposed that one.
    private (bool Nested, char Score, char Rule, Span Cue) Outer(Span source)
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

        var best = (Nested: false, Score: '.', Rule: '.', Cue: default(Span));
        for (var k = lo - 1; k >= 0 && k >= lo - 64 && _widestEnd[k] >= source.End; k--)
        {
            if (_contents[k].Content.End >= source.End && (!best.Nested || _contents[k].Score > best.Score))
            {
                best = (true, _contents[k].Score, _contents[k].Rule, _contents[k].Cue);
            }
        }

        return best;
    }

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
        var before = Word(first - 1);
        return before is ":" or "\"" or "“" or "‘"
            || (before.Equals("that", StringComparison.OrdinalIgnoreCase) && candidate.Cue is { } cue
                && first - 1 - TokenAt(cue.End) <= 2);
    }

    private static char RuleOf(FoundAttribution candidate) => (char)('A' + (int)candidate.Rule);

    // The cue model's probability in tenths, '-' when the rule did not ask it.
    private static char ScoreBucket(float score) => score <= 0 ? '-' : (char)('0' + Math.Min(9, (int)(score * 10)));

    /// <summary>
    /// A report the filter leaves to the rules: a speaker named by a relative clause with a newsroom reporting verb
    /// (the lexicon's seed list: "a leaflet that claimed", "the minister, who said"), not nested in another report's
    /// speech. PolNeAR's annotators mark these unevenly, and a newsroom reads them as reports.
    /// </summary>
    public bool IsTrusted(FoundAttribution candidate) =>
        candidate.Cue is { } cue && candidate.Source is { } source && IsRelative(source, cue)
        && _lexicon.Strength(Word(Math.Max(TokenAt(cue.Start), TokenAt(cue.End - 1)))) >= 0.9 && !Outer(source).Nested;

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
    private int TokenAt(int offset)
    {
        var tokens = _document.Tokens;
        int lo = 0, hi = tokens.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Max(0, lo);
    }

    private int SentenceOf(int token)
    {
        var sentences = _document.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (sentences[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return sentences.Count == 0 ? -1 : lo;
    }

    private static uint Hash(uint seed, ReadOnlySpan<char> s)
    {
        var h = Mix(Offset, (char)seed);
        foreach (var c in s)
        {
            h = Mix(h, c == '’' ? '\'' : char.ToLowerInvariant(c));
        }

        return Mix(h, '\u0001');
    }

    private static uint Mix(uint h, char c) => (h ^ c) * Prime;

    private static int Index(uint h) => (int)((h ^ (h >> Bits)) & Mask);
}

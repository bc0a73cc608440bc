using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Per-token hashes and flags of one document, computed once, from which the recogniser's features are drawn.
/// </summary>
internal sealed class NerDocument
{
    public const int Stride = 10;                 // word, lower, shape, prefix 2..4, suffix 1..4
    public const ulong Boundary = 0x5EED_0000_0001UL;

    [Flags]
    public enum TokenFlags : ushort
    {
        None = 0,
        InitialCap = 1,
        AllCaps = 2,
        HasDigit = 4,
        SentenceStart = 8,
        Lowercase = 16,
        SeenLowerElsewhere = 32,    // the same word is written in lower case elsewhere in the document
        SeenCapMidSentence = 64,    // ... and capitalised somewhere other than at a sentence start
        CapsSentence = 128,         // the sentence is all capitals (a wire headline)
        TitleSentence = 256,        // the sentence capitalises most words (a modern headline)
        Punctuation = 512,
        Hyphen = 1024,              // "al-Qaeda"
    }

    public NerDocument(TextDocument document, Gazetteer gazetteer, WordClusters? clusters = null)
        : this(document, gazetteer, clusters, null)
    {
    }

    /// <param name="storage">Arrays to reuse (one thread's, article after article); the document is valid until the
    /// storage is used again. Null: the document has its own.</param>
    internal NerDocument(TextDocument document, Gazetteer gazetteer, WordClusters? clusters, Storage? storage)
    {
        clusters ??= WordClusters.Empty;
        Document = document;
        Gazetteer = gazetteer;
        var n = document.Tokens.Count;
        Count = n;
        _storage = storage is not null && storage.Fits(n) ? storage : new Storage();
        _storage.Prepare(n);
        Hashes = _storage.Hashes;
        Flags = _storage.Flags;
        GazBegin = _storage.GazBegin;
        GazInside = _storage.GazInside;
        SentenceOf = _storage.SentenceOf;
        Cluster = _storage.Cluster;
        WordOf = _storage.WordOf;
        CapitalRun = _storage.CapitalRun;
        var text = document.Text;
        for (var i = 0; i < n; i++)
        {
            var chars = document.Tokens[i].Span.SliceOf(text);
            Flags[i] = HashToken(chars, Hashes.AsSpan(i * Stride, Stride));
        }

        // One dense number per distinct word, so the document-level passes count in arrays, not dictionaries,
        // and each word's cluster and name lists are looked up once.
        var ids = _storage.Ids;
        ids.Begin(gazetteer.WordsWith(clusters));
        var wordLists = _storage.WordLists;
        for (var i = 0; i < n; i++)
        {
            var id = ids.IdOf(Lower(i), out var both, out var first);
            if (first)
            {
                wordLists.Add((ushort)both);
            }

            WordOf[i] = id;
            Cluster[i] = (ushort)(both >> 16);
        }

        Words = wordLists.Count;
        _lists = wordLists;
        MarkSentences(document, gazetteer);
        MarkCapitalRuns(n);
        MarkDocumentCase(n);
        MarkGazetteer(gazetteer, n);
    }

    private readonly List<ushort> _lists;
    private readonly Storage _storage;

    public TextDocument Document { get; }

    public Gazetteer Gazetteer { get; }

    /// <summary>The name lists of token <paramref name="i"/>'s word alone (<see cref="Gazetteer.Lookup"/>).</summary>
    public ushort ListsOf(int i) => _lists[WordOf[i]];

    public ulong[] Hashes { get; }

    public TokenFlags[] Flags { get; }

    public ushort[] GazBegin { get; }

    public ushort[] GazInside { get; }

    public int[] SentenceOf { get; }

    /// <summary>Per token, its word-cluster code (<see cref="WordClusters.Of"/>).</summary>
    public ushort[] Cluster { get; }

    /// <summary>Per token in a run of capitalised words ("Bank of England"): position (1 first, 2 inside, 3 last,
    /// 4 alone) and run length (capped at 4) as one small number; 0 outside runs.</summary>
    public byte[] CapitalRun { get; }

    /// <summary>Tokens in the document (the arrays may be longer when their storage is reused).</summary>
    public int Count { get; }

    /// <summary>Per token, the number of its lower-cased word in this document (0..<see cref="Words"/>-1).</summary>
    public int[] WordOf { get; }

    /// <summary>Distinct lower-cased words in the document.</summary>
    public int Words { get; }

    /// <summary>
    /// Per token, how the first pass labelled the other occurrences of the same word: the type they mostly had
    /// (0..3), 4 when they were never part of a name, 5 when the word occurs nowhere else. Null in the first pass.
    /// </summary>
    public byte[]? FirstPass { get; private set; }

    public void SetFirstPass(ReadOnlySpan<int> labels)
    {
        // Per word: how often it was typed PER, ORG, LOC, MISC or left outside.
        const int outside = 4;
        var n = Count;
        var counts = _storage.Counts(Words * 5);
        for (var i = 0; i < n; i++)
        {
            var type = NerLabels.TypeOf(labels[i]);
            counts[WordOf[i] * 5 + (type < 0 ? outside : type)]++;
        }

        var result = _storage.FirstPass;
        for (var i = 0; i < n; i++)
        {
            var b = WordOf[i] * 5;
            var own = NerLabels.TypeOf(labels[i]);
            own = own < 0 ? outside : own;
            var total = counts[b] + counts[b + 1] + counts[b + 2] + counts[b + 3] + counts[b + outside] - 1;
            if (total == 0)
            {
                result[i] = 5;
                continue;
            }

            // The other occurrences only: this token's own label does not count.
            counts[b + own]--;
            int per = counts[b], org = counts[b + 1], loc = counts[b + 2], misc = counts[b + 3];
            counts[b + own]++;
            var best = Math.Max(Math.Max(per, org), Math.Max(loc, misc));
            result[i] = best == 0 ? (byte)4 : best == per ? (byte)0 : best == org ? (byte)1 : best == loc ? (byte)2 : (byte)3;
        }

        FirstPass = result;
        var firstLabels = _storage.FirstLabels;
        for (var i = 0; i < n; i++)
        {
            firstLabels[i] = (byte)labels[i];
        }

        FirstLabels = firstLabels;
    }

    /// <summary>The first pass's own label of each token (second pass only).</summary>
    public byte[]? FirstLabels { get; private set; }

    public ulong Lower(int i) => Hashes[i * Stride + 1];

    public ulong Shape(int i) => Hashes[i * Stride + 2];

    // The token's hashes (word, lower case, shape, prefixes, suffixes) and case flags from one pass over its
    // characters; the suffixes from its last four.
    private static TokenFlags HashToken(ReadOnlySpan<char> chars, Span<ulong> into)
    {
        var word = FeatureHash.Offset;
        var lower = FeatureHash.Offset;

        // Shape: Xx, XX, x, d.d, X.X.: character classes with repeats collapsed.
        var shape = 1469598103934665603UL;
        var lastClass = '\0';
        var flags = TokenFlags.None;
        int letters = 0, upper = 0;
        for (var k = 0; k < chars.Length; k++)
        {
            var c = chars[k];
            var normal = FeatureHash.NormalizeChar(c);
            word = (word ^ c) * FeatureHash.Prime;

            // FNV's state after k characters is the prefix's.
            lower = (lower ^ normal) * FeatureHash.Prime;
            if (k is >= 1 and <= 3)
            {
                into[2 + k] = chars.Length > k + 1 ? FeatureHash.Mix(lower) ^ (ulong)(k + 1) : 0;
            }

            char cls;
            if (char.IsUpper(c))
            {
                cls = 'X';
                letters++;
                upper++;
            }
            else if (char.IsLower(c))
            {
                cls = 'x';
                letters++;
            }
            else
            {
                var digit = char.IsDigit(c);
                cls = digit ? 'd' : normal;
                if (char.IsLetter(c))
                {
                    letters++;
                }
                else if (digit)
                {
                    flags |= TokenFlags.HasDigit;
                }
                else if (c == '-')
                {
                    flags |= TokenFlags.Hyphen;
                }
            }

            if (cls != lastClass)
            {
                shape = (shape ^ cls) * 1099511628211UL;
                lastClass = cls;
            }
        }

        into[0] = FeatureHash.Mix(word);
        into[1] = FeatureHash.Mix(lower);
        into[2] = FeatureHash.Mix(shape + (ulong)Math.Min(chars.Length, 5));
        for (var k = chars.Length; k <= 3; k++)
        {
            if (k >= 1)
            {
                into[2 + k] = 0;
            }
        }

        for (var k = 1; k <= 4; k++)
        {
            into[5 + k] = chars.Length > k ? FeatureHash.OfLower(chars[^k..]) ^ (ulong)(k + 8) : 0;
        }

        if (letters == 0)
        {
            return flags | (chars.Length > 0 && !char.IsLetterOrDigit(chars[0]) ? TokenFlags.Punctuation : 0);
        }

        if (char.IsUpper(chars[0]))
        {
            flags |= TokenFlags.InitialCap;
        }

        if (upper == letters && letters > 1)
        {
            flags |= TokenFlags.AllCaps;
        }

        if (upper == 0)
        {
            flags |= TokenFlags.Lowercase;
        }

        return flags;
    }

    // "— ", or "(AP) - ": an agency's bracket or a long dash, not the hyphen of a headline ("GOLF - PARNEVIK TAKES ...").
    private static bool IsWireDash(TextDocument document, int dash) =>
        document.TokenChars(dash) is "—" or "–" or "--" || (dash >= 1 && document.TokenChars(dash - 1) is ")");

    private void MarkSentences(TextDocument document, Gazetteer gazetteer)
    {
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            int words = 0, caps = 0, titled = 0, common = 0;
            var first = true;
            // "PORTO ALEGRE, Brazil (AP) — Torrential rains ...": the story's sentence starts after its dateline.
            var story = Claims.Dateline.ContentStart(document, sentence.FirstToken, sentence.EndToken);
            story = story > sentence.FirstToken && (Flags[story] & TokenFlags.AllCaps) == 0 && IsWireDash(document, story - 1) ? story : -1;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                SentenceOf[i] = s;
                var f = Flags[i];
                if ((first && (f & TokenFlags.Punctuation) == 0) || (i == story && i > sentence.FirstToken))
                {
                    Flags[i] |= TokenFlags.SentenceStart;
                    first = false;
                }

                if ((f & (TokenFlags.InitialCap | TokenFlags.Lowercase)) != 0 && document.Tokens[i].Span.Length > 3)
                {
                    words++;
                    caps += (f & TokenFlags.AllCaps) != 0 ? 1 : 0;
                    titled += (f & TokenFlags.InitialCap) != 0 ? 1 : 0;
                    if ((f & TokenFlags.InitialCap) != 0 && i > sentence.FirstToken && (ListsOf(i) & Gazetteer.LowerCaseWord) != 0)
                    {
                        common++;
                    }
                }
            }

            var kind = words >= 2 && caps == words ? TokenFlags.CapsSentence
                : words >= 3 && titled == words && common >= 2 ? TokenFlags.TitleSentence : TokenFlags.None;
            if (kind != TokenFlags.None)
            {
                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    Flags[i] |= kind;
                }
            }
        }
    }

    // Runs of capitalised words within a sentence, joined by "of", "and", "de", "the" ("Bank of England").
    private void MarkCapitalRuns(int n)
    {
        var runs = CapitalRun;
        var i = 0;
        while (i < n)
        {
            if ((Flags[i] & TokenFlags.InitialCap) == 0)
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < n && SentenceOf[end] == SentenceOf[i])
            {
                if ((Flags[end] & TokenFlags.InitialCap) != 0)
                {
                    end++;
                }
                else if (end + 1 < n && SentenceOf[end + 1] == SentenceOf[i] && (Flags[end + 1] & TokenFlags.InitialCap) != 0
                         && Document.TokenChars(end) is "of" or "and" or "de" or "the" or "for")
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            var length = Math.Min(end - i, 4);
            for (var k = i; k < end; k++)
            {
                var position = end - i == 1 ? 4 : k == i ? 1 : k == end - 1 ? 3 : 2;
                runs[k] = (byte)(position * 8 + length);
            }

            i = end;
        }
    }

    // Context aggregation over the document: how is this word written where its case carries information?
    private void MarkDocumentCase(int n)
    {
        var seen = _storage.Seen(Words);
        const TokenFlags headline = TokenFlags.CapsSentence | TokenFlags.TitleSentence;
        for (var i = 0; i < n; i++)
        {
            var f = Flags[i];
            if ((f & (headline | TokenFlags.SentenceStart)) != 0)
            {
                continue;
            }

            var add = (f & TokenFlags.Lowercase) != 0 ? TokenFlags.SeenLowerElsewhere
                : (f & TokenFlags.InitialCap) != 0 ? TokenFlags.SeenCapMidSentence : TokenFlags.None;
            seen[WordOf[i]] |= add;
        }

        for (var i = 0; i < n; i++)
        {
            Flags[i] |= seen[WordOf[i]];
        }
    }

    private void MarkGazetteer(Gazetteer gazetteer, int n)
    {
        if (gazetteer.Entries.Count == 0)
        {
            return;
        }

        for (var i = 0; i < n; i++)
        {
            if ((Flags[i] & TokenFlags.Punctuation) != 0)
            {
                continue;
            }

            ulong sequence = 0;
            var sentence = SentenceOf[i];
            for (var j = i; j < n && j - i < Gazetteer.MaxTokens && SentenceOf[j] == sentence; j++)
            {
                sequence = Gazetteer.Extend(sequence, Lower(j));
                var found = j == i ? ListsOf(i) : gazetteer.Lookup(sequence);
                var mask = (ushort)(found & ~(Gazetteer.HeadlineWord | Gazetteer.Continues));
                if (mask != 0)
                {
                    GazBegin[i] |= mask;
                    for (var k = i + 1; k <= j; k++)
                    {
                        GazInside[k] |= mask;
                    }
                }

                // No longer entry starts with these tokens.
                if ((found & Gazetteer.Continues) == 0)
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The per-token arrays of a document, kept by one thread from article to article: a fresh set per article
    /// was most of the engine's allocation.
    /// </summary>
    internal sealed class Storage
    {
        private const int MaxKept = 1 << 16;

        private int[] _counts = [];
        private TokenFlags[] _seen = [];

        public ulong[] Hashes { get; private set; } = [];

        public TokenFlags[] Flags { get; private set; } = [];

        public ushort[] GazBegin { get; private set; } = [];

        public ushort[] GazInside { get; private set; } = [];

        public int[] SentenceOf { get; private set; } = [];

        public ushort[] Cluster { get; private set; } = [];

        public int[] WordOf { get; private set; } = [];

        public byte[] CapitalRun { get; private set; } = [];

        public byte[] FirstPass { get; private set; } = [];

        public byte[] FirstLabels { get; private set; } = [];

        /// <summary>Kept across documents: the words met before keep their lists and clusters.</summary>
        public NerWordIds Ids { get; } = new();

        public List<ushort> WordLists { get; } = [];

        /// <summary>A book-length text gets storage of its own, not kept for the thread's lifetime.</summary>
        public bool Fits(int tokens) => tokens <= MaxKept;

        /// <summary>Room for <paramref name="tokens"/> tokens, with the arrays the passes OR into cleared.</summary>
        public void Prepare(int tokens)
        {
            if (Flags.Length < tokens)
            {
                var size = Fits(tokens) ? Math.Min(Math.Max(tokens, Flags.Length * 2), MaxKept) : tokens;
                Hashes = new ulong[size * Stride];
                Flags = new TokenFlags[size];
                GazBegin = new ushort[size];
                GazInside = new ushort[size];
                SentenceOf = new int[size];
                Cluster = new ushort[size];
                WordOf = new int[size];
                CapitalRun = new byte[size];
                FirstPass = new byte[size];
                FirstLabels = new byte[size];
            }
            else
            {
                GazBegin.AsSpan(0, tokens).Clear();
                GazInside.AsSpan(0, tokens).Clear();
                SentenceOf.AsSpan(0, tokens).Clear();
                CapitalRun.AsSpan(0, tokens).Clear();
            }

            WordLists.Clear();
        }

        /// <summary>A cleared array of at least <paramref name="length"/>.</summary>
        public int[] Counts(int length) => Cleared(ref _counts, length);

        /// <summary>A cleared array of at least <paramref name="length"/>.</summary>
        public TokenFlags[] Seen(int length) => Cleared(ref _seen, length);

        private static T[] Cleared<T>(ref T[] array, int length)
        {
            if (array.Length < length)
            {
                array = new T[length];
            }
            else
            {
                array.AsSpan(0, length).Clear();
            }

            return array;
        }
    }
}

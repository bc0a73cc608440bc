namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// The recogniser's features for one token, as hashes: word, case and shape, affixes, a ±2 window, the labels
/// already predicted, sentence and document case, name lists, and (second pass) how the first pass labelled the
/// same word elsewhere in the document.
/// </summary>
internal static class NerFeatures
{
    public const int Max = 96;

    /// <summary>Label history value before the first token of a sentence.</summary>
    public const int Start = NerLabels.Count;

    public const int HistoryCount = 4;

    public static int Extract(NerDocument d, int i, int y1, int y2, Span<ulong> f)
    {
        var n = ExtractStatic(d, i, f);
        if (d.FirstPass is not null)
        {
            n += ExtractFirstPass(d, i, f[n..]);
        }

        return n + ExtractHistory(d, i, y1, y2, f[n..]);
    }

    /// <summary>The features that depend on the labels already predicted.</summary>
    public static int ExtractHistory(NerDocument d, int i, int y1, int y2, Span<ulong> f)
    {
        ExtractTransition(y1, y2, f);
        return 2 + ExtractHistoryOfWord(d, i, y1, f[2..]);
    }

    /// <summary>The history features of the labels alone (the decoder reads them from a table).</summary>
    public static void ExtractTransition(int y1, int y2, Span<ulong> f)
    {
        f[0] = FeatureHash.Combine(60, (ulong)y1);
        f[1] = FeatureHash.Combine(61, (ulong)y1, (ulong)y2);
    }

    /// <summary>The history features that also depend on the word.</summary>
    public static int ExtractHistoryOfWord(NerDocument d, int i, int y1, Span<ulong> f)
    {
        var b = i * NerDocument.Stride;
        f[0] = FeatureHash.Combine(62, (ulong)y1, d.Hashes[b + 1]);
        f[1] = FeatureHash.Combine(63, (ulong)y1, d.Hashes[b + 2]);
        return 2;
    }

    public const int FirstPassCount = 6;

    /// <summary>Second pass only: how the first pass typed the other occurrences of this word in the document.</summary>
    public static int ExtractFirstPass(NerDocument d, int i, Span<ulong> f)
    {
        var seen = (ulong)d.FirstPass![i];
        var sentence = d.SentenceOf[i];
        var caseOnly = (ulong)(d.Flags[i] & CaseFlags);
        f[0] = FeatureHash.Combine(70, seen);
        f[1] = FeatureHash.Combine(71, seen, caseOnly);
        f[2] = FeatureHash.Combine(72, seen, Window(d, i - 1, sentence, 4));
        f[3] = FeatureHash.Combine(73, seen, Window(d, i + 1, sentence, 4));
        var labels = d.FirstLabels!;
        var before = i > 0 && d.SentenceOf[i - 1] == sentence ? labels[i - 1] : 20UL;
        var after = i + 1 < d.Count && d.SentenceOf[i + 1] == sentence ? labels[i + 1] : 21UL;
        f[4] = FeatureHash.Combine(74, labels[i]);
        f[5] = FeatureHash.Combine(FeatureHash.Combine(75, before, labels[i]), after);
        return FirstPassCount;
    }

    private const NerDocument.TokenFlags CaseFlags = NerDocument.TokenFlags.InitialCap | NerDocument.TokenFlags.AllCaps
        | NerDocument.TokenFlags.Lowercase | NerDocument.TokenFlags.HasDigit | NerDocument.TokenFlags.SentenceStart
        | NerDocument.TokenFlags.CapsSentence | NerDocument.TokenFlags.TitleSentence;

    /// <summary>The features that do not depend on predicted labels (of this pass or the first).</summary>
    public static int ExtractStatic(NerDocument d, int i, Span<ulong> f)
    {
        var n = 0;
        var h = d.Hashes;
        var b = i * NerDocument.Stride;
        var sentence = d.SentenceOf[i];
        var lower = h[b + 1];
        var shape = h[b + 2];
        var flags = d.Flags[i];

        f[n++] = 1;
        f[n++] = FeatureHash.Combine(3, lower);
        f[n++] = FeatureHash.Combine(4, shape);
        for (var k = 3; k < NerDocument.Stride; k++)
        {
            if (h[b + k] != 0)
            {
                f[n++] = FeatureHash.Combine((ulong)(10 + k), h[b + k]);
            }
        }

        // The neighbours' window values, each neighbour's place in the sentence settled once (as Window does).
        var p1 = Neighbour.Of(d, i - 1, sentence);
        var n1 = Neighbour.Of(d, i + 1, sentence);
        var p2 = Neighbour.Of(d, i - 2, sentence);
        var n2 = Neighbour.Of(d, i + 2, sentence);
        var lowerP1 = p1.Hash(d, 1);
        var lowerN1 = n1.Hash(d, 1);
        var shapeP1 = p1.Hash(d, 2);
        var shapeN1 = n1.Hash(d, 2);
        f[n++] = FeatureHash.Combine(30, lowerP1);
        f[n++] = FeatureHash.Combine(31, lowerN1);
        f[n++] = FeatureHash.Combine(32, p2.Hash(d, 1));
        f[n++] = FeatureHash.Combine(33, n2.Hash(d, 1));
        f[n++] = FeatureHash.Combine(34, shapeP1);
        f[n++] = FeatureHash.Combine(35, shapeN1);
        f[n++] = FeatureHash.Combine(36, FeatureHash.Combine(shapeP1, shape, shapeN1));
        f[n++] = FeatureHash.Combine(37, lowerP1, lower);
        f[n++] = FeatureHash.Combine(38, lower, lowerN1);

        var caseOnly = (ulong)(flags & CaseFlags);
        var docCase = (ulong)(flags & (NerDocument.TokenFlags.SeenLowerElsewhere | NerDocument.TokenFlags.SeenCapMidSentence));
        f[n++] = FeatureHash.Combine(41, caseOnly);
        f[n++] = FeatureHash.Combine(42, caseOnly, docCase);
        f[n++] = FeatureHash.Combine(43, caseOnly, lower);
        f[n++] = FeatureHash.Combine(44, caseOnly | (docCase << 16), shape);

        // Name lists: which list, where in the match, and how the token is written.
        var begin = d.GazBegin[i];
        var inside = d.GazInside[i];
        var capital = (flags & NerDocument.TokenFlags.InitialCap) != 0 ? 1UL : 0UL;
        for (var list = 0; (begin | inside) >> list != 0 && n < Max - 24; list++)
        {
            if ((begin >> list & 1) != 0)
            {
                f[n++] = FeatureHash.Combine(50, (ulong)list, capital);
            }

            if ((inside >> list & 1) != 0)
            {
                f[n++] = FeatureHash.Combine(51, (ulong)list, capital);
            }
        }

        if ((begin | inside) != 0)
        {
            f[n++] = FeatureHash.Combine(52, begin, inside);
        }

        var listsP1 = p1.Lists(d);
        f[n++] = FeatureHash.Combine(53, listsP1, n1.Lists(d));
        f[n++] = FeatureHash.Combine(54, lowerP1, lowerN1);
        f[n++] = FeatureHash.Combine(55, p1.Hash(d, 8), n1.Hash(d, 8));

        // In a headline, capitals say little: a word usually written in lower case ("Rejects") is not a name.
        var headline = (flags & (NerDocument.TokenFlags.CapsSentence | NerDocument.TokenFlags.TitleSentence)) != 0 ? 1UL : 0UL;
        var common = (begin & Gazetteer.LowerCaseWord) != 0 ? 1UL : 0UL;
        f[n++] = FeatureHash.Combine(58, headline, common);
        f[n++] = FeatureHash.Combine(59, headline * 2 + common, listsP1);

        f[n++] = FeatureHash.Combine(64, d.CapitalRun[i]);
        f[n++] = FeatureHash.Combine(65, d.CapitalRun[i], caseOnly);

        // Where in the sentence, and what kind of line it is (wire tables and headlines are short).
        // Word clusters: this word's and its neighbours'.
        var cluster = (ulong)d.Cluster[i];
        var coarse = (ulong)WordClusters.Coarse(d.Cluster[i]);
        f[n++] = FeatureHash.Combine(80, cluster);
        f[n++] = FeatureHash.Combine(81, coarse);
        f[n++] = FeatureHash.Combine(82, coarse, caseOnly);
        f[n++] = FeatureHash.Combine(83, p1.Coarse(d));
        f[n++] = FeatureHash.Combine(84, n1.Coarse(d));
        f[n++] = FeatureHash.Combine(85, p1.Cluster(d));
        f[n++] = FeatureHash.Combine(86, n1.Cluster(d));
        f[n++] = FeatureHash.Combine(89, p2.Coarse(d));
        f[n++] = FeatureHash.Combine(90, n2.Coarse(d));

        var s = d.Document.Sentences[sentence];
        var length = (ulong)Math.Min(s.TokenCount, 8);
        f[n++] = FeatureHash.Combine(56, length, shape);
        f[n++] = FeatureHash.Combine(57, d.Hashes[s.FirstToken * NerDocument.Stride + 1], (ulong)Math.Min(i - s.FirstToken, 3));

        return n;
    }

    // What = 0 word, 1 lower, 2 shape, 3 name-list mask, 4 first-pass type, 5 suffix of 3, 6 fine and 7 coarse word
    // cluster; sentence edges give a boundary value.
    private static ulong Window(NerDocument d, int j, int sentence, int what)
    {
        if (j < 0 || j >= d.Count || d.SentenceOf[j] != sentence)
        {
            return NerDocument.Boundary + (ulong)(j < 0 || (j < d.Count && d.SentenceOf[j] < sentence) ? 0 : 1);
        }

        return what switch
        {
            0 => d.Hashes[j * NerDocument.Stride],
            1 => d.Hashes[j * NerDocument.Stride + 1],
            2 => d.Hashes[j * NerDocument.Stride + 2],
            3 => (ulong)(d.GazBegin[j] | d.GazInside[j]) + 7,
            4 => (ulong)(d.FirstPass?[j] ?? 0) + 11,
            6 => (ulong)d.Cluster[j] + 17,
            7 => (ulong)WordClusters.Coarse(d.Cluster[j]) + 17,
            _ => d.Hashes[j * NerDocument.Stride + 8],

        };
    }

    // A neighbour of a token: its index when it is in the token's sentence, else the boundary value Window gives.
    private readonly struct Neighbour(int token, ulong edge)
    {
        public static Neighbour Of(NerDocument d, int j, int sentence) =>
            j < 0 || j >= d.Count || d.SentenceOf[j] != sentence
                ? new(-1, NerDocument.Boundary + (ulong)(j < 0 || (j < d.Count && d.SentenceOf[j] < sentence) ? 0 : 1))
                : new(j, 0);

        /// <summary>Window's what = 1 (lower), 2 (shape) or 8 (suffix of 3): one of the token's hashes.</summary>
        public ulong Hash(NerDocument d, int part) => token < 0 ? edge : d.Hashes[token * NerDocument.Stride + part];

        /// <summary>Window's what = 3.</summary>
        public ulong Lists(NerDocument d) => token < 0 ? edge : (ulong)(d.GazBegin[token] | d.GazInside[token]) + 7;

        /// <summary>Window's what = 6.</summary>
        public ulong Cluster(NerDocument d) => token < 0 ? edge : (ulong)d.Cluster[token] + 17;

        /// <summary>Window's what = 7.</summary>
        public ulong Coarse(NerDocument d) => token < 0 ? edge : (ulong)WordClusters.Coarse(d.Cluster[token]) + 17;
    }
}

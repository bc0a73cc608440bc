using static NewsAnalysis.Analysis.Claims.Fnv1a;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Turns a sentence into hashed sparse features for the check-worthiness model: lower-cased word unigrams and bigrams,
/// word-edge character trigrams, and cues (numbers, percentages, money, years, capitalised words, first person,
/// questions, length). Allocation-light because it runs on every sentence of every article.
/// </summary>
internal static class CheckWorthinessFeatures
{
    public const int Bits = 18;
    private const int Mask = (1 << Bits) - 1;
    private const int MaxWords = 120;

    private const uint WordSeed = unchecked((Offset ^ 'w') * Prime);

    private static readonly uint SentenceStart = Hash('w', "<s>");
    private static readonly uint SentenceEnd = Hash('w', "</s>");
    private static readonly uint YearWord = Hash('w', "#year");
    private static readonly uint NumberWord = Hash('w', "#num");
    private static readonly int PercentCue = Cue("pct");
    private static readonly int MoneyCue = Cue("money");
    private static readonly int DigitsCue = Cue("digits");
    private static readonly int QuestionCue = Cue("question");
    private static readonly int BiasCue = Cue("bias");
    private static readonly int[] LengthCues = [Cue("len<5"), Cue("len<10"), Cue("len<20"), Cue("len<35"), Cue("len>=35")];
    private static readonly int[] CapitalCues = [Cue("caps0"), Cue("caps1"), Cue("caps<4"), Cue("caps>=4")];

    /// <summary>Largest embedding the features take (stack space).</summary>
    public const int MaxDims = 64;

    /// <summary>Appends the feature indices of <paramref name="text"/> to <paramref name="features"/> (duplicates allowed).</summary>
    public static void Extract(ReadOnlySpan<char> text, List<int> features, CheckWorthinessLexicon lexicon)
    {
        Span<float> average = stackalloc float[MaxDims];
        Extract(text, features, lexicon, average[..lexicon.Dims]);
    }

    /// <summary>
    /// As <see cref="Extract(ReadOnlySpan{char}, List{int}, CheckWorthinessLexicon)"/>, leaving the sentence's average
    /// word vector (byte units) in <paramref name="average"/>; returns how many words had one.
    /// </summary>
    public static int Extract(ReadOnlySpan<char> text, List<int> features, CheckWorthinessLexicon lexicon, Span<float> average)
    {
        var sink = new FeatureList(features);
        return Extract(text, ref sink, lexicon, average);
    }

    /// <summary>Feeds the feature indices of <paramref name="text"/> to <paramref name="features"/> in the order
    /// <see cref="Extract(ReadOnlySpan{char}, List{int}, CheckWorthinessLexicon, Span{float})"/> lists them.</summary>
    public static int Extract<TSink>(ReadOnlySpan<char> text, ref TSink features, CheckWorthinessLexicon lexicon, Span<float> average)
        where TSink : struct, IFeatureSink
    {
        // A local copy the JIT keeps in registers: through the ref, every Add stored and reloaded the weight sum,
        // one long chain of memory round trips per sentence.
        var sink = features;
        Span<char> lower = stackalloc char[32];
        // Byte vectors of at most MaxWords words sum within a short (120 × 127 < 32,767).
        Span<short> sums = stackalloc short[MaxDims];
        sums = sums[..average.Length];
        sums.Clear();
        average.Clear();
        var embedded = 0;
        var previous = SentenceStart;
        var words = 0;
        var capitalised = 0;
        var digits = false;
        var i = 0;
        while (i < text.Length && words < MaxWords)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c == '%')
                {
                    sink.Add(PercentCue);
                }
                else if (c is '$' or '£' or '€')
                {
                    sink.Add(MoneyCue);
                }

                i++;
                continue;
            }

            uint h;
            if (char.IsDigit(c))
            {
                // A number runs on through apostrophes, points and commas between digits or letters ("3.5", "1,000").
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i])
                    || (text[i] is '\'' or '’' or '.' or ',' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                var word = text[start..i];
                digits = true;
                var year = word.Length == 4 && (word.StartsWith("19") || word.StartsWith("20"));
                h = year ? YearWord : NumberWord;
            }
            else
            {
                if (char.IsUpper(c) && words > 0)
                {
                    capitalised++;
                }

                // A word runs on through apostrophes between letters ("don't"). Its first 32 characters are lower-cased
                // and hashed (as Hash('w', lower)) and its trigrams found in the same pass that finds its end:
                // "<" + the first two, then each trigram as its last character arrives, then the last two + ">".
                var n = 0;
                h = WordSeed;
                while (i < text.Length && (char.IsLetterOrDigit(text[i])
                    || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    if (n < lower.Length)
                    {
                        var ch = text[i];
                        ch = ch < 0x80
                            ? (uint)(ch - 'A') <= 'Z' - 'A' ? (char)(ch | 0x20) : ch
                            : ch == '’' ? '\'' : char.ToLowerInvariant(ch);
                        lower[n] = ch;
                        h = (h ^ ch) * Prime;
                        if (n >= 2)
                        {
                            if (n == 2)
                            {
                                sink.Add(Index(Trigram('<', lower[0], lower[1])));
                            }

                            sink.Add(Index(Trigram(lower[n - 2], lower[n - 1], ch)));
                        }

                        n++;
                    }

                    i++;
                }

                if (n >= 3)
                {
                    sink.Add(Index(Trigram(lower[n - 2], lower[n - 1], '>')));
                }

                if (lexicon.Count > 0 && lexicon.AddVector(h, sums))
                {
                    embedded++;
                }

                if (words == 0 || (words < 3 && lower[..n] is "i" or "we"))
                {
                    sink.Add(Index(Mix(h, 'f')));
                }
            }

            sink.Add(Index(h));
            sink.Add(Index(Mix(previous, h)));
            previous = h;
            words++;
        }

        sink.Add(Index(Mix(previous, SentenceEnd)));
        if (digits)
        {
            sink.Add(DigitsCue);
        }

        var trimmed = text.TrimEnd();
        if (trimmed.Length > 0 && (trimmed[^1] == '?' || (trimmed.Length > 1 && trimmed[^1] is '"' or '”' && trimmed[^2] == '?')))
        {
            sink.Add(QuestionCue);
        }

        sink.Add(LengthCues[words switch { < 5 => 0, < 10 => 1, < 20 => 2, < 35 => 3, _ => 4 }]);
        sink.Add(CapitalCues[capitalised switch { 0 => 0, 1 => 1, < 4 => 2, _ => 3 }]);
        sink.Add(BiasCue);
        if (embedded > 0)
        {
            for (var k = 0; k < average.Length; k++)
            {
                average[k] = sums[k] / (float)embedded;
            }

            if (lexicon.HasBins)
            {
                // The bins own the top of the feature space, next to each other: one cache line, not one per bin.
                var first = Mask + 1 - (MaxDims * CheckWorthinessLexicon.Bins);
                for (var k = 0; k < average.Length; k++)
                {
                    sink.Add(first + (k * CheckWorthinessLexicon.Bins) + lexicon.BinOf(k, average[k]));
                }
            }
        }

        features = sink;
        return embedded;
    }

    /// <summary>The hash a lower-case word is known by (<see cref="CheckWorthinessLexicon"/> keys).</summary>
    public static uint WordHash(ReadOnlySpan<char> lower) => Hash('w', lower[..Math.Min(lower.Length, 32)]);

    // A character trigram of "<word>" (Hash('c', [a, b, c]) unrolled): trigrams carry morphology (-est, -er,
    // percent) that unseen words share with seen ones.
    private static uint Trigram(char a, char b, char c)
    {
        var h = unchecked((Offset ^ 'c') * Prime);
        h = (h ^ a) * Prime;
        h = (h ^ b) * Prime;
        return (h ^ c) * Prime;
    }

    private static int Cue(string name) => Index(Hash('f', name));

    private static uint Hash(char kind, ReadOnlySpan<char> s)
    {
        var h = (Offset ^ kind) * Prime;
        foreach (var ch in s)
        {
            h = (h ^ ch) * Prime;
        }

        return h;
    }

    private static uint Mix(uint a, uint b) => ((a * 31) ^ b) * Prime + 0x9E3779B9;

    private static int Index(uint h) => (int)((h ^ (h >> Bits)) & Mask);
}

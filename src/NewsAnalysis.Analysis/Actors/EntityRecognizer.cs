using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// Finds person, organisation, location and other names in a document with an averaged-perceptron tagger over
/// BILOU labels, run twice: a greedy first pass, then a second that also sees how the first labelled the same word
/// elsewhere in the article and keeps a small beam of label sequences. Immutable; one instance serves every thread.
/// </summary>
public sealed class EntityRecognizer
{
    private const string ResourceName = "NewsAnalysis.Analysis.Models.ner.bin";

    /// <summary>
    /// Label sequences the second pass is trained to keep (<see cref="NerBeam{T}"/>, structured perceptron).
    /// On CoNLL dev a beam of 4 in both passes gained 0.9 F1 over greedy BIO but doubled the recogniser's time;
    /// a greedy first pass (whose labels only feed the second pass's document features) keeps most of the gain.
    /// </summary>
    internal const int BeamWidth = 4;

    /// <summary>
    /// Label sequences the second pass keeps when it runs: the width it was trained with. On CoNLL dev 4 gains 0.4 F1
    /// over 2 (0.5 over 4 other seeds' models; names unseen in training +1.2) and 0.5 on our modern-news set; 3 gains
    /// half of that and 6 or 8 no more. With the second pass reusing the first pass's weight look-ups, the recogniser
    /// at 4 takes about 10% more time than it took at 2 before that (eval ner-speed on the BBC texts).
    /// </summary>
    internal const int DecodeBeamWidth = BeamWidth;

    /// <summary>The first pass is greedy, trained on the gold label history.</summary>
    internal const int FirstBeamWidth = 1;

    // Per thread, the decoders' per-token arrays, reused from article to article (a long article's are large).
    [ThreadStatic]
    private static Buffers? t_buffers;

    private readonly NerModel? _model;

    /// <summary>A recogniser without a model: finds nothing.</summary>
    public EntityRecognizer()
    {
    }

    internal EntityRecognizer(NerModel model) => _model = model;

    internal NerModel? Model => _model;

    /// <summary>The recogniser with the model shipped in this assembly.</summary>
    public static EntityRecognizer LoadDefault()
    {
        using var stream = typeof(EntityRecognizer).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? new EntityRecognizer() : new EntityRecognizer(NerModel.Read(stream));
    }

    public static EntityRecognizer Load(Stream stream) => new(NerModel.Read(stream));

    public IReadOnlyList<NamedEntity> Recognize(TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_model is null || document.Tokens.Count == 0)
        {
            return [];
        }

        var buffers = t_buffers ??= new Buffers();
        var d = new NerDocument(document, _model.Gazetteer, _model.Clusters, buffers.Document);
        var share = buffers.For(d.Count, out var labels);
        DecodeFirst(d, _model, labels, share);
        d.SetFirstPass(labels);
        DecodeSecond(d, _model, labels, share);
        HeadlineNames.Trim(d, labels);
        NameLabelRules.Apply(d, labels);
        return ToEntities(document, labels);
    }

    // Most tokens of news are punctuation or lower-case words outside any name: after a name or an O they start none (a
    // name that begins in lower case, "al-Qaeda", has a hyphen or is on a list), so they skip the model. On CoNLL
    // dev this halves the work for 0.06 F1.
    internal static bool IsPlainLowercase(NerDocument d, int i) =>
        (d.Flags[i] & NerDocument.TokenFlags.Punctuation) != 0
        || (d.Flags[i] & (NerDocument.TokenFlags.InitialCap | NerDocument.TokenFlags.Lowercase | NerDocument.TokenFlags.HasDigit)) == NerDocument.TokenFlags.HasDigit
        || ((d.Flags[i] & (NerDocument.TokenFlags.Lowercase | NerDocument.TokenFlags.HasDigit)) == NerDocument.TokenFlags.Lowercase
            && (d.GazBegin[i] & ~Gazetteer.LowerCaseWord) == 0
            && (d.Flags[i] & NerDocument.TokenFlags.Hyphen) == 0);

    // The static features are looked up once for both passes: the second pass's share of their weights is kept
    // in the share. So is its share of the word-history features the first pass looked up after its own label:
    // the second pass's sequences mostly follow that label.
    internal static void DecodeFirst(NerDocument d, NerModel model, Span<int> labels, SecondPassShare share)
    {
        var scorer = new FirstPassScorer(d, model, share, stackalloc ulong[NerFeatures.Max]);
        NerBeam<int>.For(d, FirstBeamWidth).Decode(d, ref scorer, labels, skipPlain: true);
    }

    internal static void DecodeSecond(NerDocument d, NerModel model, Span<int> labels, SecondPassShare share)
    {
        var scorer = new SecondPassScorer(d, model, share, stackalloc ulong[NerFeatures.Max]);
        NerBeam<int>.For(d, DecodeBeamWidth).Decode(d, ref scorer, labels, skipPlain: true);
    }

    /// <summary>Per token, the second pass's weights of features the first pass looked up.</summary>
    internal readonly ref struct SecondPassShare(Span<int> statics, Span<bool> scored, Span<int> history, Span<int> historyOf)
    {
        /// <summary>Tokens × labels: the static features' weights, where <see cref="Scored"/>.</summary>
        public readonly Span<int> Static = statics;

        public readonly Span<bool> Scored = scored;

        /// <summary>Tokens × labels: the word-history features' weights after label <see cref="HistoryOf"/>.</summary>
        public readonly Span<int> History = history;

        /// <summary>Per token, the label before it whose word-history weights <see cref="History"/> holds, or -1.</summary>
        public readonly Span<int> HistoryOf = historyOf;
    }

    private ref struct FirstPassScorer(NerDocument d, NerModel model, SecondPassShare share, Span<ulong> features)
        : INerScorer<int>
    {
        private readonly SecondPassShare _share = share;
        private readonly Span<ulong> _features = features;

        public readonly void Static(int i, scoped Span<int> scores)
        {
            var n = NerFeatures.ExtractStatic(d, i, _features);
            var second = _share.Static.Slice(i * NerLabels.Count, NerLabels.Count);
            scores.Clear();
            second.Clear();    // the buffer is reused: only tokens marked scored hold their sums
            model.Weights.Score(_features[..n], scores, second);
            _share.Scored[i] = true;
        }

        public readonly void WordHistory(int i, int y1, scoped Span<int> scores)
        {
            var n = NerFeatures.ExtractHistoryOfWord(d, i, y1, _features);
            var second = _share.History.Slice(i * NerLabels.Count, NerLabels.Count);
            second.Clear();
            model.Weights.Score(_features[..n], scores, second);
            _share.HistoryOf[i] = y1;
        }

        public readonly void Transition(int y1, int y2, scoped Span<int> scores) => model.Transitions.Add(0, y1, y2, scores);
    }

    private ref struct SecondPassScorer(NerDocument d, NerModel model, SecondPassShare share, Span<ulong> features)
        : INerScorer<int>
    {
        private readonly SecondPassShare _share = share;
        private readonly Span<ulong> _features = features;

        public readonly void Static(int i, scoped Span<int> scores)
        {
            var second = _share.Static.Slice(i * NerLabels.Count, NerLabels.Count);
            if (!_share.Scored[i])
            {
                // The first pass skipped this word (a plain lower-case word after an O) but the second did not.
                var n = NerFeatures.ExtractStatic(d, i, _features);
                second.Clear();
                model.Weights.Score(_features[..n], second, 1);
                _share.Scored[i] = true;
            }

            second.CopyTo(scores);
            var m = NerFeatures.ExtractFirstPass(d, i, _features);
            model.Weights.Score(_features[..m], scores, 1);
        }

        public readonly void WordHistory(int i, int y1, scoped Span<int> scores)
        {
            if (_share.HistoryOf[i] == y1)
            {
                NerTransitions.AddRow(_share.History.Slice(i * NerLabels.Count, NerLabels.Count), scores);
                return;
            }

            var n = NerFeatures.ExtractHistoryOfWord(d, i, y1, _features);
            model.Weights.Score(_features[..n], scores, 1);
        }

        public readonly void Transition(int y1, int y2, scoped Span<int> scores) => model.Transitions.Add(1, y1, y2, scores);
    }

    private sealed class Buffers
    {
        private const int MaxKept = 1 << 16;

        private int[] _labels = [];

        public NerDocument.Storage Document { get; } = new();

        private int[] _secondStatic = [];
        private bool[] _scored = [];
        private int[] _secondHistory = [];
        private int[] _historyOf = [];

        /// <summary>Labels, scored flags and history labels cleared; the second pass's sums are cleared where they are written.</summary>
        public SecondPassShare For(int tokens, out Span<int> labels)
        {
            if (tokens > MaxKept)
            {
                // A book-length text: its arrays are not kept for the thread's lifetime.
                labels = new int[tokens];
                var historyOf = new int[tokens];
                historyOf.AsSpan().Fill(-1);
                return new SecondPassShare(new int[tokens * NerLabels.Count], new bool[tokens], new int[tokens * NerLabels.Count], historyOf);
            }

            if (_labels.Length < tokens)
            {
                var size = Math.Min(Math.Max(tokens, _labels.Length * 2), MaxKept);
                _labels = new int[size];
                _secondStatic = new int[size * NerLabels.Count];
                _scored = new bool[size];
                _secondHistory = new int[size * NerLabels.Count];
                _historyOf = new int[size];
            }

            labels = _labels.AsSpan(0, tokens);
            labels.Clear();
            var scored = _scored.AsSpan(0, tokens);
            scored.Clear();
            var of = _historyOf.AsSpan(0, tokens);
            of.Fill(-1);
            return new SecondPassShare(_secondStatic.AsSpan(0, tokens * NerLabels.Count), scored, _secondHistory.AsSpan(0, tokens * NerLabels.Count), of);
        }
    }

    /// <summary>The best label that may follow <paramref name="previous"/> (<see cref="NerLabels.Allowed"/>).</summary>
    internal static int Best<T>(ReadOnlySpan<T> scores, int previous)
        where T : System.Numerics.INumber<T>
    {
        var best = -1;
        for (var l = 0; l < NerLabels.Count; l++)
        {
            if ((best < 0 || scores[l] > scores[best]) && NerLabels.Allowed(previous, l))
            {
                best = l;
            }
        }

        return best;
    }

    internal static List<NamedEntity> ToEntities(TextDocument document, ReadOnlySpan<int> labels)
    {
        var entities = new List<NamedEntity>();
        var start = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : NerLabels.Outside;
            var continues = start >= 0 && NerLabels.Continues(label) && NerLabels.IsOpen(labels[i - 1])
                && NerLabels.TypeOf(label) == NerLabels.TypeOf(labels[start])
                && document.Tokens[i - 1].Span.End <= document.Tokens[i].Span.Start;
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                var span = new Span(document.Tokens[start].Span.Start, document.Tokens[i - 1].Span.End);
                entities.Add(new NamedEntity(span, start, i, NerLabels.Kind(NerLabels.TypeOf(labels[start]))));
                start = -1;
            }

            if (label != NerLabels.Outside)
            {
                start = i;
            }
        }

        return entities;
    }
}

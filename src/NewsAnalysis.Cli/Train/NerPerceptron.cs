using NewsAnalysis.Analysis.Actors;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// Averaged structured perceptron over hashed features, trained with the decoder's beam. Averaging is lazy: each weight remembers when it last changed.
/// </summary>
internal sealed class NerPerceptron
{
    private const int L = NerLabels.Count;
    private readonly Dictionary<ulong, int> _rows = new(1 << 20);
    private float[] _weights = new float[L << 16];
    private double[] _totals = new double[L << 16];
    private int[] _stamps = new int[L << 16];
    private int _time = 1;
    private readonly double _dropout;
    private readonly Random _random;

    /// <param name="dropout">Share of each token's features hidden from an update, at random: the model cannot
    /// lean on one feature (the word itself) alone and learns the context and shape of names it has not seen.</param>
    public NerPerceptron(double dropout = 0, int seed = 2003)
    {
        _dropout = dropout;
        _random = new Random(seed);
    }

    public int Features => _rows.Count;

    /// <summary>
    /// One pass over the documents in the given order: each sentence is decoded with the shipped beam, and where
    /// the gold sequence drops out of the beam (or loses at the end) the weights move from the best sequence so far
    /// to the gold one (structured perceptron with early update, Collins &amp; Roark 2004), so the weights are
    /// trained for the search that uses them.
    /// </summary>
    public (int Tokens, int Errors) Epoch(IReadOnlyList<(NerDocument Document, int[] Gold)> documents, int width)
    {
        if (width == 1)
        {
            return GreedyEpoch(documents);
        }

        Span<float> scores = stackalloc float[L];
        Span<float> own = stackalloc float[L];
        Span<ulong> history = stackalloc ulong[NerFeatures.HistoryCount];
        int tokens = 0, errors = 0;
        foreach (var (d, gold) in documents)
        {
            var beam = NerBeam<float>.For(d, width);
            var longest = d.Document.Sentences.Count == 0 ? 1 : d.Document.Sentences.Max(s => s.TokenCount);
            var kept = new ulong[longest * NerFeatures.Max];
            var counts = new int[longest];
            var predicted = new int[d.Count];
            foreach (var sentence in d.Document.Sentences)
            {
                if (sentence.TokenCount == 0)
                {
                    continue;
                }

                var first = sentence.FirstToken;
                var scorer = new TrainingScorer(this, d, first, kept, counts);
                beam.Start(first);
                var goldItem = 0;
                var stop = sentence.EndToken - 1;
                var fell = false;
                for (var i = first; i < sentence.EndToken; i++)
                {
                    beam.Step(d, ref scorer, i, skipPlain: false, scores, own);
                    tokens++;
                    var g = -1;
                    for (var k = 0; k < beam.Kept && g < 0; k++)
                    {
                        var (label, parent) = beam.Item(k);
                        g = label == gold[i] && parent == goldItem ? k : -1;
                    }

                    if (g < 0)
                    {
                        stop = i;
                        fell = true;
                        break;
                    }

                    goldItem = g;
                }

                var best = fell ? beam.Highest() : beam.Best();
                if (fell || best != goldItem)
                {
                    beam.Backtrack(best, predicted);
                    errors += Update(d, gold, predicted, first, stop, kept, counts, history);
                }

                _time += stop - first + 1;
            }
        }

        return (tokens, errors);
    }

    // Greedy decoding learns best from the gold label history instead (Collins 2002's local training): on
    // CoNLL dev that beats following the model's own decisions by 0.7 F1.
    private (int Tokens, int Errors) GreedyEpoch(IReadOnlyList<(NerDocument Document, int[] Gold)> documents)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.Max];
        Span<float> scores = stackalloc float[L];
        int tokens = 0, errors = 0;
        foreach (var (d, gold) in documents)
        {
            foreach (var sentence in d.Document.Sentences)
            {
                int y1 = NerFeatures.Start, y2 = NerFeatures.Start;
                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    var n = NerFeatures.Extract(d, i, y1, y2, features);
                    n = Drop(features[..n]);
                    Score(features[..n], scores, averaged: null);
                    var guess = EntityRecognizer.Best<float>(scores, y1);
                    var truth = gold[i];
                    if (guess != truth)
                    {
                        errors++;
                        foreach (var f in features[..n])
                        {
                            var row = Row(f);
                            Update(row * L + truth, 1);
                            Update(row * L + guess, -1);
                        }
                    }

                    _time++;
                    tokens++;
                    y2 = y1;
                    // Gold history (Collins): on CoNLL dev it beats following the model's own decisions by 0.7 F1.
                    y1 = truth;
                }
            }
        }

        return (tokens, errors);
    }

    // Moves the weights of tokens first..stop from the predicted labels towards the gold ones; returns the number
    // of wrong labels. Where labels and history agree the features cancel and are skipped.
    private int Update(NerDocument d, int[] gold, int[] predicted, int first, int stop, ulong[] kept, int[] counts, Span<ulong> history)
    {
        var wrong = 0;
        for (var j = first; j <= stop; j++)
        {
            int g1 = j > first ? gold[j - 1] : NerFeatures.Start, g2 = j > first + 1 ? gold[j - 2] : NerFeatures.Start;
            int p1 = j > first ? predicted[j - 1] : NerFeatures.Start, p2 = j > first + 1 ? predicted[j - 2] : NerFeatures.Start;
            int truth = gold[j], guess = predicted[j];
            if (truth == guess && g1 == p1 && g2 == p2)
            {
                continue;
            }

            if (truth != guess)
            {
                wrong++;
                foreach (var f in kept.AsSpan((j - first) * NerFeatures.Max, counts[j - first]))
                {
                    var row = Row(f);
                    Update(row * L + truth, 1);
                    Update(row * L + guess, -1);
                }
            }

            var n = NerFeatures.ExtractHistory(d, j, g1, g2, history);
            foreach (var f in history[..n])
            {
                Update(Row(f) * L + truth, 1);
            }

            n = NerFeatures.ExtractHistory(d, j, p1, p2, history);
            foreach (var f in history[..n])
            {
                Update(Row(f) * L + guess, -1);
            }
        }

        return wrong;
    }

    // Scores with the current weights and keeps each token's static features (after dropout) for the update.
    private ref struct TrainingScorer(NerPerceptron perceptron, NerDocument d, int first, ulong[] kept, int[] counts) : INerScorer<float>
    {
        public readonly void Static(int i, scoped Span<float> scores)
        {
            var f = kept.AsSpan((i - first) * NerFeatures.Max, NerFeatures.Max);
            var n = NerFeatures.ExtractStatic(d, i, f);
            if (d.FirstPass is not null)
            {
                n += NerFeatures.ExtractFirstPass(d, i, f[n..]);
            }

            n = perceptron.Drop(f[..n]);
            counts[i - first] = n;
            perceptron.Score(f[..n], scores, averaged: null);
        }

        public readonly void WordHistory(int i, int y1, scoped Span<float> scores)
        {
            Span<ulong> f = stackalloc ulong[2];
            var n = NerFeatures.ExtractHistoryOfWord(d, i, y1, f);
            perceptron.Add(f[..n], scores, averaged: null);
        }

        public readonly void Transition(int y1, int y2, scoped Span<float> scores)
        {
            Span<ulong> f = stackalloc ulong[2];
            NerFeatures.ExtractTransition(y1, y2, f);
            perceptron.Add(f, scores, averaged: null);
        }
    }

    private int Drop(Span<ulong> features)
    {
        if (_dropout <= 0)
        {
            return features.Length;
        }

        var kept = 1;    // the bias stays
        for (var k = 1; k < features.Length; k++)
        {
            if (_random.NextDouble() >= _dropout)
            {
                features[kept++] = features[k];
            }
        }

        return kept;
    }

    /// <summary>
    /// One model whose weights are the mean of the models' averaged weights (a feature a model lacks counts as
    /// zero there): perceptrons trained on different shuffles disagree most on rare features, such as the words
    /// of one-off names, and their mean leans less on them (parameter mixing, McDonald et al. 2010).
    /// </summary>
    public static NerPerceptron Mean(IReadOnlyList<NerPerceptron> models)
    {
        if (models.Count == 1)
        {
            return models[0];
        }

        var mean = new NerPerceptron();
        foreach (var model in models)
        {
            var averaged = model.Averaged();
            foreach (var (key, row) in model._rows)
            {
                var to = mean.Row(key) * L;
                for (var l = 0; l < L; l++)
                {
                    mean._weights[to + l] += averaged[row * L + l] / models.Count;
                }
            }
        }

        // Averaged() of the mean model returns its weights as they are.
        for (var k = 0; k < mean._rows.Count * L; k++)
        {
            mean._totals[k] = mean._weights[k];
            mean._stamps[k] = 1;
        }

        return mean;
    }

    /// <summary>The averaged weights (a copy; training can go on).</summary>
    public float[] Averaged()
    {
        var n = _rows.Count * L;
        var averaged = new float[n];
        for (var k = 0; k < n; k++)
        {
            var total = _totals[k] + (_time - _stamps[k]) * (double)_weights[k];
            averaged[k] = (float)(total / _time);
        }

        return averaged;
    }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores, float[]? averaged)
    {
        scores.Clear();
        Add(features, scores, averaged);
    }

    public void Add(ReadOnlySpan<ulong> features, Span<float> scores, float[]? averaged)
    {
        var w = averaged ?? _weights;
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out var row))
            {
                var b = row * L;
                for (var l = 0; l < L; l++)
                {
                    scores[l] += w[b + l];
                }
            }
        }
    }

    /// <summary>Labels a document with the averaged weights and a beam of <paramref name="width"/>, as the shipped decoder does.</summary>
    public void Label(NerDocument d, float[] averaged, Span<int> labels, int width)
    {
        var scorer = new Scorer(this, d, averaged, stackalloc ulong[NerFeatures.Max]);
        NerBeam<float>.For(d, width).Decode(d, ref scorer, labels, skipPlain: false);
    }

    private ref struct Scorer(NerPerceptron perceptron, NerDocument d, float[]? averaged, Span<ulong> features) : INerScorer<float>
    {
        private readonly Span<ulong> _features = features;

        public readonly void Static(int i, scoped Span<float> scores)
        {
            var n = NerFeatures.ExtractStatic(d, i, _features);
            if (d.FirstPass is not null)
            {
                n += NerFeatures.ExtractFirstPass(d, i, _features[n..]);
            }

            perceptron.Score(_features[..n], scores, averaged);
        }

        public readonly void WordHistory(int i, int y1, scoped Span<float> scores)
        {
            var n = NerFeatures.ExtractHistoryOfWord(d, i, y1, _features);
            perceptron.Add(_features[..n], scores, averaged);
        }

        public readonly void Transition(int y1, int y2, scoped Span<float> scores)
        {
            Span<ulong> f = stackalloc ulong[2];
            NerFeatures.ExtractTransition(y1, y2, f);
            perceptron.Add(f, scores, averaged);
        }
    }

    /// <summary>
    /// Quantises the weights to 8 bits with a power-of-two scale per feature (NerWeights), dropping features
    /// whose largest weight is below <paramref name="prune"/> times the largest weight of the model.
    /// </summary>
    public Dictionary<ulong, sbyte[]> Quantize(float[] averaged, double prune)
    {
        var max = 0f;
        foreach (var w in averaged)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        var step = max / (127f * (1 << NerWeights.MaxExponent));
        var entries = new Dictionary<ulong, sbyte[]>();
        foreach (var (key, row) in _rows)
        {
            var rowMax = 0f;
            for (var l = 0; l < L; l++)
            {
                rowMax = Math.Max(rowMax, Math.Abs(averaged[row * L + l]));
            }

            if (rowMax < prune * max)
            {
                continue;
            }

            var exponent = 0;
            while (exponent < NerWeights.MaxExponent && 127f * step * (1 << exponent) < rowMax)
            {
                exponent++;
            }

            var q = new sbyte[L + 1];
            var any = false;
            for (var l = 0; l < L; l++)
            {
                var v = Math.Round(averaged[row * L + l] / (step * (1 << exponent)));
                q[l] = (sbyte)Math.Clamp(v, -127, 127);
                any |= q[l] != 0;
            }

            q[L] = (sbyte)exponent;
            if (any)
            {
                entries[key] = q;
            }
        }

        return entries;
    }

    private int Row(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = _rows.Count;
        _rows[feature] = row;
        if ((row + 1) * L > _weights.Length)
        {
            var size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }

        return row;
    }

    private void Update(int k, float delta)
    {
        _totals[k] += (_time - _stamps[k]) * (double)_weights[k];
        _stamps[k] = _time;
        _weights[k] += delta;
    }
}

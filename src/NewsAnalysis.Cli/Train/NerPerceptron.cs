using NewsAnalysis.Analysis.Actors;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// Averaged perceptron over hashed features, trained greedily with the gold label history. Averaging is lazy: each weight remembers when it last changed.
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

    /// <summary>One pass over the documents in the given order.</summary>
    public (int Tokens, int Errors) Epoch(IReadOnlyList<(NerDocument Document, int[] Gold)> documents)
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

    /// <summary>Labels a document with the averaged weights (greedy, like the shipped decoder).</summary>
    public void Label(NerDocument d, float[] averaged, Span<int> labels)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.Max];
        Span<float> scores = stackalloc float[L];
        foreach (var sentence in d.Document.Sentences)
        {
            int y1 = NerFeatures.Start, y2 = NerFeatures.Start;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var n = NerFeatures.Extract(d, i, y1, y2, features);
                Score(features[..n], scores, averaged);
                labels[i] = EntityRecognizer.Best<float>(scores, y1);
                y2 = y1;
                y1 = labels[i];
            }
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

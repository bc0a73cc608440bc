using System.IO.Compression;
using System.Runtime.InteropServices;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Logistic regression over hashed features (2^bits buckets and a bias), shared by the cue model and the
/// check-worthiness model: scoring, compact storage (half-precision weights, deflated: unused buckets are zeros)
/// and AdaGrad training with L2 in a seeded order, so the same data always gives the same bytes.
/// </summary>
internal sealed class HashedLogistic
{
    private readonly float[] _weights;

    public HashedLogistic(float[] weights, float bias, int bits)
    {
        if (weights.Length != 1 << bits)
        {
            throw new ArgumentException("weight vector does not match the feature space", nameof(weights));
        }

        _weights = weights;
        Bias = bias;
        Bits = bits;
    }

    public float Bias { get; }

    public int Bits { get; }

    public float[] Weights => _weights;

    public double Score(List<int> features)
    {
        // Over the list's span: its enumerator checked the list's version on every feature. Same order, same sum.
        double z = Bias;
        var weights = _weights;
        foreach (var f in CollectionsMarshal.AsSpan(features))
        {
            z += weights[f];
        }

        return 1.0 / (1.0 + Math.Exp(-z));
    }

    public void Save(Stream output, string magic)
    {
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(deflate);
        w.Write(magic);
        w.Write(Bits);
        w.Write(Bias);
        foreach (var x in _weights)
        {
            w.Write((Half)x);
        }
    }

    public static HashedLogistic Load(Stream input, string magic, int bits, string what)
    {
        using var deflate = new DeflateStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(deflate);
        if (r.ReadString() != magic || r.ReadInt32() != bits)
        {
            throw new InvalidDataException($"not a {what} of this version");
        }

        var bias = r.ReadSingle();
        var halves = BinaryBlocks.Read<Half>(r, 1 << bits);
        var weights = new float[halves.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)halves[i];
        }

        return new HashedLogistic(weights, bias, bits);
    }

    public static Stream OpenEmbedded(string resourceName) =>
        typeof(HashedLogistic).Assembly.GetManifestResourceStream(resourceName)
        ?? throw new InvalidOperationException($"missing embedded model {resourceName}");

    /// <summary>Settings of <see cref="Train"/>.</summary>
    public sealed record Training(int Epochs, double LearningRate, double L2, int MinCount, int Seed);

    /// <summary>Features seen in fewer than <see cref="Training.MinCount"/> examples keep weight zero.</summary>
    public static HashedLogistic Train(List<(int[] Features, double Label)> examples, int bits, Training settings)
    {
        var size = 1 << bits;
        var counts = new int[size];
        foreach (var (features, _) in examples)
        {
            foreach (var f in features.Distinct())
            {
                counts[f]++;
            }
        }

        for (var e = 0; e < examples.Count; e++)
        {
            examples[e] = (examples[e].Features.Where(f => counts[f] >= settings.MinCount).ToArray(), examples[e].Label);
        }

        var weights = new double[size];
        var squares = new double[size];
        double bias = 0, biasSquares = 0;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(settings.Seed);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (features, label) = examples[index];
                var z = bias;
                foreach (var f in features)
                {
                    z += weights[f];
                }

                var gradient = 1.0 / (1.0 + Math.Exp(-z)) - label;
                foreach (var f in features)
                {
                    var g = gradient + settings.L2 * weights[f];
                    squares[f] += g * g;
                    weights[f] -= settings.LearningRate * g / (Math.Sqrt(squares[f]) + 1e-8);
                }

                biasSquares += gradient * gradient;
                bias -= settings.LearningRate * gradient / (Math.Sqrt(biasSquares) + 1e-8);
            }
        }

        return new HashedLogistic(weights.Select(w => (float)w).ToArray(), (float)bias, bits);
    }
}

using System.IO.Compression;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Logistic regression over hashed sentence features: how worth fact-checking a statement is, in [0, 1].
/// Immutable once loaded; the shipped model is an embedded resource rebuilt by <c>train checkworthiness</c>.
/// </summary>
public sealed class CheckWorthinessModel
{
    private const string Magic = "NACW1";
    private const string ResourceName = "NewsAnalysis.Analysis.Models.claims-checkworthiness.bin";

    private static readonly Lazy<CheckWorthinessModel> Shipped = new(LoadShipped);

    private readonly float[] _weights;

    internal CheckWorthinessModel(float[] weights, float bias)
    {
        if (weights.Length != 1 << CheckWorthinessFeatures.Bits)
        {
            throw new ArgumentException("weight vector does not match the feature space", nameof(weights));
        }

        _weights = weights;
        Bias = bias;
    }

    public static CheckWorthinessModel Default => Shipped.Value;

    internal float Bias { get; }

    [ThreadStatic]
    private static List<int>? t_features;

    public double Score(ReadOnlySpan<char> statement)
    {
        // One buffer per thread: scoring runs on every sentence, and the model is shared between threads.
        var features = t_features ??= new List<int>(256);
        features.Clear();
        CheckWorthinessFeatures.Extract(statement, features);
        return Score(features);
    }

    internal double Score(List<int> features)
    {
        double z = Bias;
        foreach (var f in features)
        {
            z += _weights[f];
        }

        return 1.0 / (1.0 + Math.Exp(-z));
    }

    internal float[] Weights => _weights;

    /// <summary>Writes the model compactly: half-precision weights, deflated (unused buckets are zeros).</summary>
    public void Save(Stream output)
    {
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(deflate);
        w.Write(Magic);
        w.Write(CheckWorthinessFeatures.Bits);
        w.Write(Bias);
        foreach (var x in _weights)
        {
            w.Write((Half)x);
        }
    }

    public static CheckWorthinessModel Load(Stream input)
    {
        using var deflate = new DeflateStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(deflate);
        if (r.ReadString() != Magic || r.ReadInt32() != CheckWorthinessFeatures.Bits)
        {
            throw new InvalidDataException("not a check-worthiness model of this version");
        }

        var bias = r.ReadSingle();
        var weights = new float[1 << CheckWorthinessFeatures.Bits];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)r.ReadHalf();
        }

        return new CheckWorthinessModel(weights, bias);
    }

    private static CheckWorthinessModel LoadShipped()
    {
        using var stream = typeof(CheckWorthinessModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing embedded model {ResourceName}");
        return Load(stream);
    }
}

using System.IO.Compression;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Logistic regression over <see cref="CueFeatures"/>: how likely a word, in its sentence, reports what someone said
/// or thinks ("support" in "voters who support Trump" is a PolNeAR cue, "the support of" is not). Immutable once
/// loaded; the shipped model is an embedded resource rebuilt by <c>train claim-cue-model</c>.
/// </summary>
public sealed class CueModel
{
    private const string Magic = "NACUE1";
    private const string ResourceName = "NewsAnalysis.Analysis.Models.claims-cue-model.bin";

    private static readonly Lazy<CueModel> Shipped = new(LoadShipped);

    [ThreadStatic]
    private static List<int>? t_features;

    private readonly float[] _weights;

    internal CueModel(float[] weights, float bias)
    {
        if (weights.Length != 1 << CueFeatures.Bits)
        {
            throw new ArgumentException("weight vector does not match the feature space", nameof(weights));
        }

        _weights = weights;
        Bias = bias;
    }

    public static CueModel Default => Shipped.Value;

    internal float Bias { get; }

    internal double Score(TextDocument document, int a, int b, int i, bool quoted)
    {
        var features = t_features ??= new List<int>(32);
        features.Clear();
        CueFeatures.Extract(document, a, b, i, quoted, features);
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

    /// <summary>Writes the model compactly: half-precision weights, deflated (unused buckets are zeros).</summary>
    public void Save(Stream output)
    {
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(deflate);
        w.Write(Magic);
        w.Write(CueFeatures.Bits);
        w.Write(Bias);
        foreach (var x in _weights)
        {
            w.Write((Half)x);
        }
    }

    public static CueModel Load(Stream input)
    {
        using var deflate = new DeflateStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(deflate);
        if (r.ReadString() != Magic || r.ReadInt32() != CueFeatures.Bits)
        {
            throw new InvalidDataException("not a cue model of this version");
        }

        var bias = r.ReadSingle();
        var weights = new float[1 << CueFeatures.Bits];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)r.ReadHalf();
        }

        return new CueModel(weights, bias);
    }

    private static CueModel LoadShipped()
    {
        using var stream = typeof(CueModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing embedded model {ResourceName}");
        return Load(stream);
    }
}

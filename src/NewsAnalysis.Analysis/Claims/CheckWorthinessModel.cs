using System.IO.Compression;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Logistic regression over hashed sentence features: how worth fact-checking a statement is, in [0, 1].
/// Immutable once loaded; the shipped model is an embedded resource rebuilt by <c>train checkworthiness</c>.
/// </summary>
public sealed class CheckWorthinessModel
{
    private const string Magic = "NACW2";
    private const string ResourceName = "NewsAnalysis.Analysis.Models.claims-checkworthiness.bin";

    private static readonly Lazy<CheckWorthinessModel> Shipped = new(LoadShipped);

    private readonly HashedLogistic _model;

    internal CheckWorthinessModel(float[] weights, float bias, CheckWorthinessLexicon lexicon)
        : this(new HashedLogistic(weights, bias, CheckWorthinessFeatures.Bits), lexicon)
    {
    }

    private CheckWorthinessModel(HashedLogistic model, CheckWorthinessLexicon lexicon)
    {
        _model = model;
        Lexicon = lexicon;
    }

    public static CheckWorthinessModel Default => Shipped.Value;

    internal float Bias => _model.Bias;

    internal float[] Weights => _model.Weights;

    internal CheckWorthinessLexicon Lexicon { get; }

    public double Score(ReadOnlySpan<char> statement)
    {
        Span<float> average = stackalloc float[CheckWorthinessFeatures.MaxDims];
        var sum = new WeightSum(_model.Weights, _model.Bias);
        CheckWorthinessFeatures.Extract(statement, ref sum, Lexicon, average[..Lexicon.Dims]);
        return 1.0 / (1.0 + Math.Exp(-sum.Total));   // as HashedLogistic.Score
    }

    internal double Score(List<int> features) => _model.Score(features);

    internal static CheckWorthinessModel From(HashedLogistic model, CheckWorthinessLexicon lexicon) => new(model, lexicon);

    /// <summary>The weights (as the cue model stores them), then the deflated word lexicon.</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var weights = new MemoryStream();
        _model.Save(weights, Magic);
        using (var w = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write((int)weights.Length);
            w.Write(weights.GetBuffer(), 0, (int)weights.Length);
        }

        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var lexicon = new BinaryWriter(deflate);
        Lexicon.Write(lexicon);
    }

    public static CheckWorthinessModel Load(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var r = new BinaryReader(input, System.Text.Encoding.UTF8, leaveOpen: true);
        var length = r.ReadInt32();
        if (length <= 0 || length > 1 << 26)
        {
            throw new InvalidDataException("not a check-worthiness model of this version");
        }

        var model = HashedLogistic.Load(new MemoryStream(r.ReadBytes(length)), Magic, CheckWorthinessFeatures.Bits, "check-worthiness model");
        using var deflate = new DeflateStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var lexicon = new BinaryReader(deflate);
        return new(model, CheckWorthinessLexicon.Read(lexicon));
    }

    private static CheckWorthinessModel LoadShipped()
    {
        using var stream = HashedLogistic.OpenEmbedded(ResourceName);
        return Load(stream);
    }
}

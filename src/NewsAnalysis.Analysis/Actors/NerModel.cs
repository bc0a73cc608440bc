using System.IO.Compression;
using System.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// The shipped recogniser: first- and second-pass weights and the name lists, read from one zlib-compressed
/// binary file (Models/ner.bin), written by <c>train ner</c>.
/// </summary>
internal sealed class NerModel
{
    private const string Magic = "NANER";
    private const int FormatVersion = 4;

    public NerModel(NerWeights weights, Gazetteer gazetteer, WordClusters clusters)
    {
        Weights = weights;
        Transitions = new NerTransitions(weights);
        Gazetteer = gazetteer;
        Clusters = clusters;
    }

    /// <summary>Both passes' weights.</summary>
    public NerWeights Weights { get; }

    public NerTransitions Transitions { get; }

    public Gazetteer Gazetteer { get; }

    public WordClusters Clusters { get; }

    public static NerModel Read(Stream stream)
    {
        // zlib rather than Brotli: 10% larger, but it unpacks in a third of the time, and every process start pays it.
        using var zlib = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(zlib, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("not a NewsAnalysis NER model (or an older format)");
        }

        var weights = ReadWeights(r);
        var count = r.ReadInt32();
        var entries = new Dictionary<ulong, ushort>(count);
        for (var i = 0; i < count; i++)
        {
            entries[r.ReadUInt64()] = r.ReadUInt16();
        }

        var names = r.ReadInt32();
        var female = new Dictionary<ulong, byte>(names);
        for (var i = 0; i < names; i++)
        {
            female[r.ReadUInt64()] = r.ReadByte();
        }

        var words = r.ReadInt32();
        var clusters = new Dictionary<ulong, ushort>(words);
        for (var i = 0; i < words; i++)
        {
            clusters[r.ReadUInt64()] = r.ReadUInt16();
        }

        return new NerModel(weights, new Gazetteer(entries, female), new WordClusters(clusters));
    }

    /// <param name="weights">Per feature, NerWeights.Passes × NerWeights.Columns values.</param>
    public static void Write(Stream stream, IReadOnlyList<(ulong Key, sbyte[] Weights)> weights, Gazetteer gazetteer, WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(clusters);
        using var zlib = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(zlib, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        WriteWeights(w, weights);

        // Sorted, so the same training run writes the same bytes.
        w.Write(gazetteer.Entries.Count);
        foreach (var (key, mask) in gazetteer.Entries.OrderBy(e => e.Key))
        {
            w.Write(key);
            w.Write(mask);
        }

        w.Write(gazetteer.FemaleShares.Count);
        foreach (var (key, share) in gazetteer.FemaleShares.OrderBy(e => e.Key))
        {
            w.Write(key);
            w.Write(share);
        }

        w.Write(clusters.Entries.Count);
        foreach (var (key, cluster) in clusters.Entries.OrderBy(e => e.Key))
        {
            w.Write(key);
            w.Write(cluster);
        }
    }

    private const int Width = NerWeights.Passes * NerWeights.Columns;

    private static NerWeights ReadWeights(BinaryReader r)
    {
        var count = r.ReadInt32();
        var entries = new (ulong, sbyte[])[count];
        // Columns (all keys, then each label's weights) compress better than rows.
        for (var i = 0; i < count; i++)
        {
            entries[i].Item1 = r.ReadUInt64();
            entries[i].Item2 = new sbyte[Width];
        }

        var column = new sbyte[count];
        for (var c = 0; c < Width; c++)
        {
            BinaryBlocks.Read(r, column.AsSpan());
            for (var i = 0; i < count; i++)
            {
                entries[i].Item2[c] = column[i];
            }
        }

        return new NerWeights(entries);
    }

    private static void WriteWeights(BinaryWriter w, IReadOnlyList<(ulong Key, sbyte[] Weights)> entries)
    {
        var sorted = entries.OrderBy(e => e.Key).ToList();
        w.Write(sorted.Count);
        foreach (var e in sorted)
        {
            w.Write(e.Key);
        }

        for (var c = 0; c < Width; c++)
        {
            foreach (var e in sorted)
            {
                w.Write(e.Weights[c]);
            }
        }
    }
}

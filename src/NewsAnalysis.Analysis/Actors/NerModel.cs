using System.IO.Compression;
using System.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// The shipped recogniser: first- and second-pass weights and the name lists, read from one Brotli-compressed
/// binary file (Models/ner.bin), written by <c>train ner</c>.
/// </summary>
internal sealed class NerModel
{
    private const string Magic = "NANER";
    private const int FormatVersion = 2;

    public NerModel(NerWeights weights, Gazetteer gazetteer)
    {
        Weights = weights;
        Gazetteer = gazetteer;
    }

    /// <summary>Both passes' weights.</summary>
    public NerWeights Weights { get; }

    public Gazetteer Gazetteer { get; }

    public static NerModel Read(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(brotli, 1 << 16);
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

        return new NerModel(weights, new Gazetteer(entries, female));
    }

    /// <param name="weights">Per feature, NerWeights.Passes × NerWeights.Columns values.</param>
    public static void Write(Stream stream, IReadOnlyList<(ulong Key, sbyte[] Weights)> weights, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
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

        for (var c = 0; c < Width; c++)
        {
            for (var i = 0; i < count; i++)
            {
                entries[i].Item2[c] = r.ReadSByte();
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

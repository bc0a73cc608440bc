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
    private const int FormatVersion = 1;

    public NerModel(NerWeights first, NerWeights? second, Gazetteer gazetteer)
    {
        First = first;
        Second = second;
        Gazetteer = gazetteer;
    }

    public NerWeights First { get; }

    public NerWeights? Second { get; }

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

        var first = ReadWeights(r);
        var second = r.ReadBoolean() ? ReadWeights(r) : null;
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

        return new NerModel(first, second, new Gazetteer(entries, female));
    }

    public static void Write(
        Stream stream,
        (IReadOnlyList<(ulong Key, sbyte[] Weights)> Entries, float Scale) first,
        (IReadOnlyList<(ulong Key, sbyte[] Weights)> Entries, float Scale)? second,
        Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        WriteWeights(w, first.Entries, first.Scale);
        w.Write(second.HasValue);
        if (second is { } s)
        {
            WriteWeights(w, s.Entries, s.Scale);
        }

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

    private static NerWeights ReadWeights(BinaryReader r)
    {
        var scale = r.ReadSingle();
        var count = r.ReadInt32();
        var entries = new (ulong, sbyte[])[count];
        // Columns (all keys, then each label's weights) compress better than rows.
        for (var i = 0; i < count; i++)
        {
            entries[i].Item1 = r.ReadUInt64();
            entries[i].Item2 = new sbyte[NerLabels.Count + 1];
        }

        for (var l = 0; l <= NerLabels.Count; l++)
        {
            for (var i = 0; i < count; i++)
            {
                entries[i].Item2[l] = r.ReadSByte();
            }
        }

        return new NerWeights(entries, scale);
    }

    private static void WriteWeights(BinaryWriter w, IReadOnlyList<(ulong Key, sbyte[] Weights)> entries, float scale)
    {
        var sorted = entries.OrderBy(e => e.Key).ToList();
        w.Write(scale);
        w.Write(sorted.Count);
        foreach (var e in sorted)
        {
            w.Write(e.Key);
        }

        for (var l = 0; l <= NerLabels.Count; l++)
        {
            foreach (var e in sorted)
            {
                w.Write(e.Weights[l]);
            }
        }
    }
}

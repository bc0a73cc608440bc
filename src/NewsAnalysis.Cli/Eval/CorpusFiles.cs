using System.Text;

namespace NewsAnalysis.Cli.Eval;

/// <summary>Reads evaluation corpora from disk; the engine itself never touches files.</summary>
internal static class CorpusFiles
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false, false);

    /// <summary>Every *.txt under a folder but SOURCE.txt, in ordinal path order, decoded as UTF-8 (bad bytes → U+FFFD).</summary>
    public static List<string> ReadTexts(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != "SOURCE.txt")
            .Order(StringComparer.Ordinal)
            .Select(p => File.ReadAllText(p, Utf8))
            .ToList();
}

using System.Text;
using System.Text.Json;
using NewsAnalysis.Analysis.Claims;

namespace NewsAnalysis.Cli.Train;

/// <summary>Reads the check-worthiness corpora: CLEF CheckThat! TSV and ClaimBuster JSON.</summary>
internal static class CheckWorthinessCorpus
{
    /// <summary>
    /// CLEF TSV (Sentence_id, Text, class_label). The Text column uses CSV quoting (wrapped in quotes, inner quotes
    /// doubled), read the way Python's csv module reads it so that eval sees the same text as score.py.
    /// </summary>
    public static List<LabelledStatement> ReadClef(string path)
    {
        var rows = new List<LabelledStatement>();
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0)
        {
            return rows;
        }

        var header = SplitRow(lines[0]);
        var textColumn = header.IndexOf("Text") is >= 0 and var t ? t : 1;
        var labelColumn = header.IndexOf("class_label") is >= 0 and var l ? l : header.Count - 1;
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = SplitRow(line);
            if (fields.Count <= Math.Max(textColumn, labelColumn))
            {
                continue;
            }

            rows.Add(new LabelledStatement(fields[textColumn],
                fields[labelColumn].Trim().Equals("yes", StringComparison.OrdinalIgnoreCase)));
        }

        return rows;
    }

    /// <summary>ClaimBuster: a JSON array of {"sentence_id", "label": 0|1, "text"}.</summary>
    public static List<LabelledStatement> ReadClaimBuster(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        return doc.RootElement.EnumerateArray()
            .Select(e => new LabelledStatement(e.GetProperty("text").GetString() ?? "", e.GetProperty("label").GetInt32() == 1))
            .ToList();
    }

    public static string Normalise(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Python csv (excel dialect, tab delimiter): a field opening with a quote runs to the next lone quote; "" is a
    // quote; characters after the closing quote and before the tab are kept.
    private static List<string> SplitRow(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }
            }

            while (i < line.Length && line[i] != '\t')
            {
                field.Append(line[i++]);
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return fields;
            }

            i++;
        }
    }
}

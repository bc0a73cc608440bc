using System.Text;
using System.Text.Json;
using NewsAnalysis.Analysis;
using NewsAnalysis.Analysis.Json;

namespace NewsAnalysis.Cli;

/// <summary>`analyze`: the engine alone, as CONTRACT.md describes. Only JSON goes to stdout.</summary>
internal static class AnalyzeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var jsonl = args.Contains("--jsonl");
        var files = args.Where(a => a != "--jsonl").ToArray();
        if (files.Length != 1)
        {
            throw new UsageException("usage: analyze [--jsonl] FILE   (FILE may be - for standard input)");
        }

        var path = files[0];
        if (path != "-" && !File.Exists(path))
        {
            return CommandLine.Fail($"analyze: no such file: {path}");
        }

        var analyzer = ArticleAnalyzer.Default;
        await using var stdout = Console.OpenStandardOutput();
        await using var output = new BufferedStream(stdout, 1 << 16);
        using var input = OpenInput(path);
        if (jsonl)
        {
            AnalyzeLines(analyzer.Analyze, input, output, Console.Error);
        }
        else
        {
            var text = await input.ReadToEndAsync();
            using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = AnalysisJson.Encoder });
            AnalysisJson.Write(w, analyzer.Analyze(text));
            w.Flush();
            output.WriteByte((byte)'\n');
        }

        await output.FlushAsync();
        return 0;
    }

    private static StreamReader OpenInput(string path)
    {
        var stream = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
        return new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16);
    }

    /// <summary>One JSON object per input line, in order: the text's result, or the line's error.</summary>
    internal static void AnalyzeLines(Func<string, AnalysisResult> analyze, StreamReader input, Stream output, TextWriter log)
    {
        var options = new JsonWriterOptions { Encoder = AnalysisJson.Encoder };
        using var w = new Utf8JsonWriter(output, options);
        var lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            AnalysisResult? result = null;
            if (TryParse(line, out var id, out var text, out var error))
            {
                result = AnalyzeOne(analyze, text!, lineNumber, log, out error);
            }

            w.Reset(output);
            w.WriteStartObject();
            WriteId(w, id);
            if (result is not null)
            {
                w.WritePropertyName("result");
                AnalysisJson.Write(w, result);
            }
            else
            {
                w.WriteString("error", $"line {lineNumber}: {error}");
            }

            w.WriteEndObject();
            w.Flush();
            output.WriteByte((byte)'\n');
        }
    }

    // One text the engine cannot read must not cost the others theirs: its line says so, the run goes on (CONTRACT.md),
    // and the fault goes to stderr for a bug report.
    private static AnalysisResult? AnalyzeOne(Func<string, AnalysisResult> analyze, string text, int lineNumber, TextWriter log, out string? error)
    {
        try
        {
            error = null;
            return analyze(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.WriteLine($"line {lineNumber}: the engine failed: {e}");
            error = $"the engine failed on this text ({e.GetType().Name}); please report it";
            return null;
        }
    }

    private static void WriteId(Utf8JsonWriter w, JsonElement? id)
    {
        w.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(w);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static bool TryParse(string line, out JsonElement? id, out string? text, out string? error)
    {
        id = null;
        text = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "expected a JSON object {\"id\": ..., \"text\": ...}";
                return false;
            }

            if (doc.RootElement.TryGetProperty("id", out var idElement))
            {
                id = idElement.Clone();
            }

            if (!doc.RootElement.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                error = "missing string field \"text\"";
                return false;
            }

            text = textElement.GetString();
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            error = "invalid JSON: " + e.Message;
            return false;
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json refuses escapes of lone surrogates ("\ud800"): not text we can index.
            error = "text is not valid Unicode: " + e.Message;
            return false;
        }
    }
}

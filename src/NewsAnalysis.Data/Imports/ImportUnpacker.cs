using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsAnalysis.Data.Imports;

/// <summary>
/// Splits an upload into articles' raw inputs: a zip into its files, a .json array or .jsonl into records, a feed into
/// its entries. Whatever cannot be read becomes a failed item with the reason; the rest goes on.
/// </summary>
public sealed class ImportUnpacker(ImportLimits limits)
{
    public IReadOnlyList<UnpackedItem> Unpack(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return [UnpackedItem.Fail(fileName, "empty file")];
        }

        if (IsZip(fileName, bytes))
        {
            return UnpackZip(fileName, bytes);
        }

        return UnpackFile(fileName, bytes);
    }

    private List<UnpackedItem> UnpackFile(string name, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return [UnpackedItem.Fail(name, "empty file")];
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        // Arrays and feeds hold many articles: only each article, not the whole file, must stay under the limit.
        if (extension is not (".jsonl" or ".ndjson" or ".json" or ".xml" or ".rss" or ".atom") && bytes.Length > limits.MaxArticleBytes)
        {
            return [UnpackedItem.Fail(name, $"larger than the {Megabytes(limits.MaxArticleBytes)} limit per article ({Megabytes(bytes.Length)})")];
        }

        return extension switch
        {
            ".txt" or ".text" or "" => [UnpackedItem.Ok(name, ImportFormats.Text, bytes)],
            ".html" or ".htm" or ".xhtml" => [UnpackedItem.Ok(name, ImportFormats.Html, bytes)],
            ".json" => UnpackJson(name, bytes),
            ".jsonl" or ".ndjson" => UnpackJsonLines(name, bytes),
            ".xml" or ".rss" or ".atom" => [.. FeedReader.Read(name, new MemoryStream(bytes), limits.MaxFeedItems)],
            ".zip" => [UnpackedItem.Fail(name, "a zip inside a zip is not imported: upload it on its own")],
            _ => [UnpackedItem.Fail(name, $"unsupported file type '{extension}': upload .txt, .html, .json, .jsonl, .xml (RSS/Atom) or .zip")],
        };
    }

    private List<UnpackedItem> UnpackJson(string name, byte[] bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(StripBom(bytes));
        }
        catch (JsonException problem)
        {
            return [UnpackedItem.Fail(name, $"malformed JSON: {problem.Message}")];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var items = new List<UnpackedItem>();
                var index = 0;
                foreach (var element in root.EnumerateArray())
                {
                    items.Add(Record($"{name} [{index++}]", element));
                }

                return items.Count > 0 ? items : [UnpackedItem.Fail(name, "an empty JSON array")];
            }

            return [Record(name, root)];
        }
    }

    private List<UnpackedItem> UnpackJsonLines(string name, byte[] bytes)
    {
        var items = new List<UnpackedItem>();
        var lines = Encoding.UTF8.GetString(StripBom(bytes).Span).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var lineName = $"{name} line {i + 1}";
            try
            {
                using var document = JsonDocument.Parse(line);
                items.Add(Record(lineName, document.RootElement));
            }
            catch (JsonException problem)
            {
                items.Add(UnpackedItem.Fail(lineName, $"malformed JSON: {problem.Message}"));
            }
        }

        return items.Count > 0 ? items : [UnpackedItem.Fail(name, "no JSON lines")];
    }

    private UnpackedItem Record(string name, JsonElement element)
    {
        try
        {
            var record = ArticleRecord.FromJson(element);
            var payload = record.ToPayload();
            return payload.Length > limits.MaxArticleBytes
                ? UnpackedItem.Fail(name, $"larger than the {Megabytes(limits.MaxArticleBytes)} limit per article")
                : UnpackedItem.Ok(record.Title is { Length: > 0 } title ? $"{name}: {Shorten(title)}" : name, ImportFormats.Record, payload);
        }
        catch (FormatException problem)
        {
            return UnpackedItem.Fail(name, problem.Message);
        }
    }

    private List<UnpackedItem> UnpackZip(string name, byte[] bytes)
    {
        var items = new List<UnpackedItem>();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                return [UnpackedItem.Fail(name, $"the zip has {zip.Entries.Count} entries, more than the limit of {limits.MaxZipEntries}")];
            }

            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                var entryName = $"{name}/{entry.FullName}";
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    continue;
                }

                if (!IsSafePath(entry.FullName))
                {
                    items.Add(UnpackedItem.Fail(entryName, "unsafe path in zip (absolute, or with '..'): skipped"));
                    continue;
                }

                var fileName = Path.GetFileName(entry.FullName);
                if (fileName.StartsWith('.') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal))
                {
                    // Finder and editor droppings (.DS_Store, ._x), not articles.
                    continue;
                }

                if (entry.Length > limits.MaxArticleBytes && !IsMultiArticle(fileName))
                {
                    items.Add(UnpackedItem.Fail(entryName, $"larger than the {Megabytes(limits.MaxArticleBytes)} limit per article ({Megabytes(entry.Length)})"));
                    continue;
                }

                if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > limits.MaxZipCompressionRatio && entry.Length > 1024 * 1024)
                {
                    items.Add(UnpackedItem.Fail(entryName, $"compressed {entry.Length / entry.CompressedLength} to 1: refused as a zip bomb"));
                    continue;
                }

                // The sizes in the zip's directory can lie: read no more than the limit allows, whatever they say.
                var cap = IsMultiArticle(fileName) ? limits.MaxZipExpandedBytes - expanded : limits.MaxArticleBytes;
                var content = ReadCapped(entry, cap);
                if (content is null)
                {
                    items.Add(UnpackedItem.Fail(entryName, $"expands beyond the {Megabytes(cap)} limit: refused as a zip bomb"));
                    continue;
                }

                expanded += content.Length;
                if (expanded > limits.MaxZipExpandedBytes)
                {
                    items.Add(UnpackedItem.Fail(name, $"the zip expands beyond {Megabytes(limits.MaxZipExpandedBytes)}: the remaining entries are skipped"));
                    break;
                }

                items.AddRange(UnpackFile(entryName, content));
            }
        }
        catch (InvalidDataException problem)
        {
            items.Add(UnpackedItem.Fail(name, $"not a readable zip: {problem.Message}"));
        }

        return items.Count > 0 ? items : [UnpackedItem.Fail(name, "the zip holds no files")];
    }

    private static byte[]? ReadCapped(ZipArchiveEntry entry, long cap)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static bool IsSafePath(string path) =>
        !path.StartsWith('/') && !path.StartsWith('\\') && !path.Contains(':', StringComparison.Ordinal)
        && !path.Split('/', '\\').Any(part => part == "..");

    private static bool IsMultiArticle(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".json" or ".jsonl" or ".ndjson" or ".xml" or ".rss" or ".atom";

    private static bool IsZip(string name, byte[] bytes) =>
        name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4);

    private static ReadOnlyMemory<byte> StripBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsMemory(3) : bytes;

    private static string Shorten(string title) => title.Length > 120 ? title[..120] + "…" : title;

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}

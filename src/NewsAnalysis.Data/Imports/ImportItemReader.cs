using System.Text.Json;

namespace NewsAnalysis.Data.Imports;

/// <summary>Reads one stored import item into an article draft: decode, extract, normalise; throws <see cref="ImportException"/>.</summary>
public sealed class ImportItemReader(ImportLimits limits)
{
    public const int MaxTitleLength = 1000;

    public ArticleDraft Read(string name, string format, byte[]? payload)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (payload is null || payload.Length == 0)
        {
            throw new ImportException("empty file");
        }

        if (payload.Length > limits.MaxArticleBytes)
        {
            throw new ImportException($"larger than the limit of {limits.MaxArticleBytes} bytes per article");
        }

        return format switch
        {
            ImportFormats.Text => FromText(name, TextDecoder.Decode(payload)),
            ImportFormats.Html => FromHtml(name, TextDecoder.Decode(payload)),
            ImportFormats.Record => FromRecord(name, payload),
            _ => throw new ImportException($"unknown item format '{format}'"),
        };
    }

    private static ArticleDraft FromText(string name, DecodedText decoded)
    {
        var text = TextNormalizer.Normalize(decoded.Text);
        var (title, body) = SplitTitle(text, name);
        return Draft(title, body, null, null, null, decoded.Warning);
    }

    private static ArticleDraft FromHtml(string name, DecodedText decoded)
    {
        var (title, text) = HtmlText.Extract(decoded.Text);
        var body = TextNormalizer.Normalize(text);
        if (title is null)
        {
            (title, body) = SplitTitle(body, name);
        }

        return Draft(title, body, null, null, null, decoded.Warning);
    }

    private static ArticleDraft FromRecord(string name, byte[] payload)
    {
        ArticleRecord record;
        try
        {
            record = ArticleRecord.FromPayload(payload);
        }
        catch (JsonException problem)
        {
            throw new ImportException($"malformed JSON: {problem.Message}", problem);
        }
        catch (FormatException problem)
        {
            throw new ImportException(problem.Message, problem);
        }

        if (string.IsNullOrWhiteSpace(record.Text))
        {
            throw new ImportException("no \"text\": an article needs its text");
        }

        var body = TextNormalizer.Normalize(record.Text);
        var title = record.Title is { } given && !string.IsNullOrWhiteSpace(given) ? TextNormalizer.Normalize(given).ReplaceLineEndings(" ") : null;
        if (title is null)
        {
            (title, body) = SplitTitle(body, name);
        }

        var url = WebLink.Parse(record.Url)?.ToString();
        return Draft(title, body, record.Source, url, record.PublishedAt(), null);
    }

    // News text files (the BBC corpus among them) put the headline on the first line and the story below.
    private static (string Title, string Body) SplitTitle(string text, string name)
    {
        var newline = text.IndexOf('\n');
        if (newline > 0 && newline <= 250)
        {
            var rest = TextNormalizer.Normalize(text[(newline + 1)..]);
            if (rest.Length > 0)
            {
                return (text[..newline].Trim(), rest);
            }
        }

        return (Path.GetFileNameWithoutExtension(name.Split('/').Last()), text);
    }

    private static ArticleDraft Draft(string title, string body, string? source, string? url, DateTimeOffset? published, string? warning)
    {
        if (body.Length == 0)
        {
            throw new ImportException("no text after reading the file");
        }

        title = title.Length > MaxTitleLength ? title[..MaxTitleLength] : title;
        source = source is { Length: > 300 } ? source[..300] : source;
        return new ArticleDraft(title.Length == 0 ? "Untitled" : title, body, source, url is { Length: > 2000 } ? null : url, published, warning);
    }
}

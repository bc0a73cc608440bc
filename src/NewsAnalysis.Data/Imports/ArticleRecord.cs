using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsAnalysis.Data.Imports;

/// <summary>An article as a JSON object: the format of .json/.jsonl imports, feed entries and pasted text.</summary>
public sealed record ArticleRecord(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("source")] string? Source = null,
    [property: JsonPropertyName("url")] string? Url = null,
    [property: JsonPropertyName("published")] string? Published = null)
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public byte[] ToPayload() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    /// <summary>Reads one JSON object; "published" is an ISO 8601 (or RFC 1123) date, taken as UTC when it has no offset.</summary>
    public static ArticleRecord FromJson(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"expected a JSON object with title and text, found {element.ValueKind.ToString().ToLowerInvariant()}");
        }

        return new ArticleRecord(
            Field(element, "title", "headline"),
            Field(element, "text", "body", "content"),
            Field(element, "source", "source_name"),
            Field(element, "url", "link"),
            Field(element, "published", "published_at", "date"));
    }

    public static ArticleRecord FromPayload(byte[] payload)
    {
        using var document = JsonDocument.Parse(payload);
        return FromJson(document.RootElement);
    }

    public DateTimeOffset? PublishedAt() =>
        Published is { Length: > 0 } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
            ? when.ToUniversalTime()
            : null;

    private static string? Field(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            if (element.TryGetProperty(name, out var value))
            {
                return value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => throw new FormatException($"\"{name}\" must be a string"),
                };
            }
        }

        return null;
    }
}

using System.Globalization;

namespace NewsAnalysis.Web.Seeding;

/// <summary>
/// One of the Wikinews articles shipped as demo data (CC BY 2.5, via the GUM corpus). Each file is the headline, a
/// header line <c># date: YYYY-MM-DD | url: … | licence: … | via: …</c>, then the text; the licence asks for
/// "Wikinews, URL, CC BY 2.5", which <see cref="SourceName"/> and the article's source link give on every page.
/// </summary>
public sealed record WikinewsText(string FileName, string Title, string Body, DateTimeOffset PublishedAt, Uri Url)
{
    public const string SourceName = "Wikinews, CC BY 2.5";

    private const string ResourcePrefix = "NewsAnalysis.Web.Seeding.Wikinews.";

    public static IReadOnlyList<WikinewsText> ReadAll()
    {
        var assembly = typeof(WikinewsText).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return Parse(name[ResourcePrefix.Length..], reader.ReadToEnd());
            })
            .ToList();
    }

    public static WikinewsText Parse(string fileName, string file)
    {
        var lines = file.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length < 3 || !lines[1].StartsWith("# ", StringComparison.Ordinal))
        {
            throw new FormatException($"{fileName}: expected a headline, then a '# date: … | url: …' header line.");
        }

        var fields = lines[1][2..].Split(" | ")
            .Select(field => field.Split(": ", 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.Ordinal);
        if (!fields.TryGetValue("date", out var date) || !fields.TryGetValue("url", out var url)
            || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published)
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new FormatException($"{fileName}: the header line needs a yyyy-MM-dd date and an https url.");
        }

        var body = string.Join('\n', lines.Skip(2)).Trim('\n');
        return new WikinewsText(fileName, lines[0].Trim(), body, new DateTimeOffset(published, TimeOnly.MinValue, TimeSpan.Zero), uri);
    }
}

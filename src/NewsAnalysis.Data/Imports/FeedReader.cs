using System.ServiceModel.Syndication;
using System.Xml;

namespace NewsAnalysis.Data.Imports;

/// <summary>RSS 2.0 / Atom 1.0 entries as article records; DTDs and external entities are refused.</summary>
public static class FeedReader
{
    public static IReadOnlyList<UnpackedItem> Read(string name, Stream xml, int maxItems)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(xml, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = 200_000_000,
            });
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception problem) when (problem is XmlException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return [UnpackedItem.Fail(name, $"not a readable RSS or Atom feed: {problem.Message}")];
        }

        var items = new List<UnpackedItem>();
        var ordinal = 0;
        foreach (var entry in feed.Items)
        {
            ordinal++;
            var entryName = $"{name} #{ordinal}";
            if (ordinal > maxItems)
            {
                items.Add(UnpackedItem.Fail(entryName, $"the feed has more than {maxItems} entries: the rest are skipped"));
                break;
            }

            var html = entry.Content is TextSyndicationContent content ? content.Text : entry.Summary?.Text;
            var link = entry.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString() ?? entry.Id;
            var published = entry.PublishDate != default ? entry.PublishDate : entry.LastUpdatedTime;
            var record = new ArticleRecord(
                entry.Title?.Text,
                html is null ? null : HtmlText.FragmentText(html),
                feed.Title?.Text,
                link,
                published == default ? null : published.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            items.Add(UnpackedItem.Ok(entry.Title?.Text is { Length: > 0 } title ? $"{entryName}: {title}" : entryName, ImportFormats.Record, record.ToPayload()));
        }

        if (items.Count == 0)
        {
            items.Add(UnpackedItem.Fail(name, "the feed has no entries"));
        }

        return items;
    }
}

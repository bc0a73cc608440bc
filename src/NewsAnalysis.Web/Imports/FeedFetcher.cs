using NewsAnalysis.Data;
using NewsAnalysis.Data.Imports;

namespace NewsAnalysis.Web.Imports;

/// <summary>Downloads a feed by URL with a timeout and a size cap; a feed that does not answer becomes a failed item.</summary>
public sealed class FeedFetcher(HttpClient http, ImportLimits limits)
{
    public const string ClientName = "feeds";

    public async Task<IReadOnlyList<UnpackedItem>> FetchAsync(string url, CancellationToken cancellationToken)
    {
        if (WebLink.Parse(url) is not { } uri)
        {
            return [UnpackedItem.Fail(url, "not an http(s) URL")];
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.FeedTimeout);
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return [UnpackedItem.Fail(url, $"the feed answered {(int)response.StatusCode} {response.ReasonPhrase}")];
            }

            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                if (buffer.Length + read > limits.MaxUploadBytes)
                {
                    return [UnpackedItem.Fail(url, "the feed is larger than the upload limit")];
                }

                buffer.Write(chunk, 0, read);
            }

            buffer.Position = 0;
            return buffer.Length == 0 ? [UnpackedItem.Fail(url, "the feed answered with nothing")] : FeedReader.Read(url, buffer, limits.MaxFeedItems);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return [UnpackedItem.Fail(url, $"the feed did not answer within {limits.FeedTimeout.TotalSeconds:0} s")];
        }
        catch (HttpRequestException problem)
        {
            return [UnpackedItem.Fail(url, $"the feed could not be reached: {problem.Message}")];
        }
    }
}

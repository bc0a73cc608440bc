namespace NewsAnalysis.Data;

/// <summary>
/// A link the app may follow or show: an absolute http(s) URL. Anything else (javascript:, data:, file:, relative
/// paths) would run or resolve in a reader's browser or on the server, so it is never a link.
/// </summary>
public static class WebLink
{
    public static Uri? Parse(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}

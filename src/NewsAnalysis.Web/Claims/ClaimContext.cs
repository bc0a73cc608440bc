namespace NewsAnalysis.Web.Claims;

/// <summary>The text around a claim, cut at paragraph breaks or ~300 characters, for showing it in place.</summary>
public static class ClaimContext
{
    public const int Reach = 300;

    public static (string Before, string Claim, string After) Around(string body, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(body);
        var from = Math.Max(0, start - Reach);
        var paragraphStart = body.LastIndexOf('\n', Math.Max(0, start - 1));
        if (paragraphStart >= from)
        {
            from = paragraphStart + 1;
        }

        var to = Math.Min(body.Length, end + Reach);
        var paragraphEnd = body.IndexOf('\n', end);
        if (paragraphEnd >= 0 && paragraphEnd < to)
        {
            to = paragraphEnd;
        }

        return (body[from..start], body[start..end], body[end..to]);
    }
}

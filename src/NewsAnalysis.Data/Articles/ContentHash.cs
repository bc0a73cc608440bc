using System.Security.Cryptography;
using System.Text;

namespace NewsAnalysis.Data.Articles;

/// <summary>The duplicate check of imports: texts that differ only in line endings, outer whitespace or Unicode form are one article.</summary>
public static class ContentHash
{
    public static string Of(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var normalised = body.Normalize(NormalizationForm.FormC)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}

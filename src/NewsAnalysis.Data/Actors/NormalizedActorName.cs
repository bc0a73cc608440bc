using System.Text;

namespace NewsAnalysis.Data.Actors;

/// <summary>The key that makes "Benjamin  Netanyahu" and "benjamin netanyahu" one registry actor.</summary>
public static class NormalizedActorName
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var part in name.Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part.ToLowerInvariant());
        }

        return builder.ToString();
    }
}

namespace NewsAnalysis.Analysis.Text;

/// <summary>
/// Our spans count UTF-16 code units; some consumers count code points (W3C Web Annotation positions, Python-made
/// test specs). This converts between the two views of the same text.
/// </summary>
public static class CodePoints
{
    /// <summary>The number of code points before UTF-16 offset <paramref name="offset"/>; a pair counts once.</summary>
    public static int Before(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        for (var i = 0; i < offset; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }
}

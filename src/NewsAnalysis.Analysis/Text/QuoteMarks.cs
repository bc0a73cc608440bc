namespace NewsAnalysis.Analysis.Text;

/// <summary>The single characters that open or close a quotation, straight or curly, double or single.</summary>
internal static class QuoteMarks
{
    /// <summary>Whether the token is one quote mark on its own, and which.</summary>
    public static bool IsMark(ReadOnlySpan<char> token, out char mark)
    {
        mark = token.Length == 1 ? token[0] : '\0';
        return mark is '"' or '“' or '”' or '\'' or '‘' or '’';
    }

    /// <summary>The mark that closes a quotation <paramref name="open"/> opens (a straight mark closes itself).</summary>
    public static char Closing(char open) => open switch { '“' => '”', '‘' => '’', _ => open };
}

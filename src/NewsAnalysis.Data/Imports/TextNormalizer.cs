using System.Text;

namespace NewsAnalysis.Data.Imports;

/// <summary>
/// The one form article text is stored in, and so the text every span indexes: NFC, "\n" newlines, no control
/// characters but tab and newline, no trailing spaces on lines, no blank lines at either end.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(unified.Length);
        foreach (var line in unified.Split('\n'))
        {
            foreach (var c in line.AsSpan().TrimEnd())
            {
                if (c == '\t' || !char.IsControl(c))
                {
                    builder.Append(c == '\u00A0' ? ' ' : c);
                }
            }

            builder.Append('\n');
        }

        return builder.ToString().Trim('\n', ' ', '\t', '\uFEFF');
    }
}

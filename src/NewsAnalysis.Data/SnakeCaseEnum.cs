using System.Text;

namespace NewsAnalysis.Data;

/// <summary>The snake_case text of an enum value as stored in the database (for hand-written SQL and query strings).</summary>
public static class SnakeCaseEnum
{
    public static string ToText<TEnum>(TEnum value) where TEnum : struct, Enum => Names<TEnum>.Texts[value];

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        Names<TEnum>.Values.TryGetValue(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum =>
        Names<TEnum>.Values.TryGetValue(text ?? string.Empty, out value);

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static class Names<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Texts =
            Enum.GetValues<TEnum>().ToDictionary(v => v, v => SnakeCase(v.ToString()));

        public static readonly Dictionary<string, TEnum> Values =
            Texts.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}

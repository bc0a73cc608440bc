using System.Collections.Frozen;

namespace NewsAnalysis.Analysis.Figures;

/// <summary>The words before a figure that bound or soften it, mapped to the contract's qualifiers.</summary>
internal static class Qualifiers
{
    public const string Over = "over";
    public const string Under = "under";
    public const string About = "about";
    public const string AtLeast = "at least";
    public const string AtMost = "at most";
    public const string UpTo = "up to";
    public const string Nearly = "nearly";
    public const string Exactly = "exactly";

    public const int MaxWords = 5;

    private static readonly FrozenDictionary<string, string> Phrases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["more than"] = Over, ["over"] = Over, ["above"] = Over, ["in excess of"] = Over, ["upwards of"] = Over,
        ["greater than"] = Over, ["just over"] = Over, ["well over"] = Over, ["well above"] = Over, ["just above"] = Over,
        ["slightly more than"] = Over, ["exceeding"] = Over, ["higher than"] = Over, ["north of"] = Over,
        ["almost"] = Nearly, ["nearly"] = Nearly, ["close to"] = Nearly, ["just shy of"] = Nearly, ["not quite"] = Nearly,
        ["around"] = About, ["approximately"] = About, ["approx"] = About, ["approx."] = About, ["some"] = About,
        ["roughly"] = About, ["about"] = About, ["an estimated"] = About, ["estimated"] = About, ["circa"] = About,
        ["an approximate"] = About, ["in the region of"] = About,
        ["fewer than"] = Under, ["less than"] = Under, ["under"] = Under, ["below"] = Under, ["just under"] = Under,
        ["just below"] = Under, ["well under"] = Under, ["well below"] = Under, ["lower than"] = Under,
        ["at least"] = AtLeast, ["no fewer than"] = AtLeast, ["no less than"] = AtLeast, ["not less than"] = AtLeast,
        ["a minimum of"] = AtLeast, ["minimum of"] = AtLeast,
        ["at most"] = AtMost, ["no more than"] = AtMost, ["not more than"] = AtMost, ["a maximum of"] = AtMost,
        ["maximum of"] = AtMost, ["at the most"] = AtMost,
        ["up to"] = UpTo, ["as many as"] = UpTo, ["as much as"] = UpTo, ["as high as"] = UpTo,
        ["exactly"] = Exactly, ["precisely"] = Exactly, ["exactly at"] = Exactly,
        ["larger than"] = Over, ["bigger than"] = Over, ["smaller than"] = Under,
        ["less than or equal to"] = AtMost, ["smaller or equal than"] = AtMost, ["less or equal than"] = AtMost,
        ["lower or equal than"] = AtMost, ["equal to or less than"] = AtMost, ["equal to or fewer than"] = AtMost,
        ["greater than or equal to"] = AtLeast, ["more than or equal to"] = AtLeast, ["bigger or equal than"] = AtLeast,
        ["higher or equal than"] = AtLeast, ["greater or equal than"] = AtLeast, ["equal to or more than"] = AtLeast,
        ["equal to or greater than"] = AtLeast, ["at least or equal to"] = AtLeast,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    // The last word of every phrase, to turn most words away with one lookup.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LastWords = Phrases.Keys
        .Select(p => p[(p.LastIndexOf(' ') + 1)..].TrimEnd('.'))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> phrase, out string qualifier) => Lookup.TryGetValue(phrase, out qualifier!);

    public static bool MayEndWith(ReadOnlySpan<char> word) => LastWords.Contains(word);
}

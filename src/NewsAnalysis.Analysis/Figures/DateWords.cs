using System.Collections.Frozen;

namespace NewsAnalysis.Analysis.Figures;

/// <summary>Words that make a nearby number a date, a time, a rank or part of a name instead of a figure.</summary>
internal static class DateWords
{
    private static readonly FrozenSet<string> Months = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Clock = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "am", "pm", "gmt", "bst", "utc", "est", "edt", "pst", "cet", "o", "oclock", "hrs");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClockLookup =
        Clock.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> OrdinalSuffixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "st", "nd", "rd", "th", "s");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinalSuffixLookup =
        OrdinalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Capitalised words that may stand before a figure without making it part of a name ("Over 28,000 ...").
    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "at", "of", "by", "for", "about", "over", "and", "than", "with", "from", "only", "nearly", "some", "all",
        "the", "in", "on", "up", "top", "just", "around", "almost", "under", "below", "above", "least", "more", "less",
        "fewer", "another", "further", "its", "his", "her", "their", "our", "my", "your", "these", "those", "those",
        "are", "is", "was", "were", "be", "been", "has", "have", "had", "killed", "kills", "dead", "dies", "died",
        "hits", "reaches", "rises", "rise", "falls", "fall", "tops", "passes", "nears", "exceeds", "costs", "cost",
        "wins", "loses", "sees", "sells", "buys", "cuts", "adds", "raises", "rose", "fell", "to", "as", "after",
        "before", "since", "into", "than", "per", "plus", "minus", "roughly", "approximately", "estimated", "toll",
        "every", "each", "first", "last", "next", "past", "extra", "additional", "new", "record", "nearly", "almost",
        "age", "aged", "between", "from", "among", "amid", "against", "via", "worth", "totalling", "totaling");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup =
        NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words before "one" that make it a pronoun ("no one", "the one", "each one").
    private static readonly FrozenSet<string> PronounOne = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "no", "the", "this", "that", "each", "every", "any", "which", "another", "someone", "anyone", "everyone", "little",
        "only", "right", "wrong", "big", "last", "new", "old", "good", "bad", "other", "same", "latter", "former");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounOneLookup =
        PronounOne.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsMonth(ReadOnlySpan<char> word) => MonthLookup.Contains(word);

    public static bool IsClock(ReadOnlySpan<char> word) => ClockLookup.Contains(word);

    public static bool IsOrdinalSuffix(ReadOnlySpan<char> word) => OrdinalSuffixLookup.Contains(word);

    public static bool IsNotName(ReadOnlySpan<char> word) => NotNameLookup.Contains(word);

    public static bool MakesOnePronoun(ReadOnlySpan<char> word) => PronounOneLookup.Contains(word);
}

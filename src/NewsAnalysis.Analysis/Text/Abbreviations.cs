namespace NewsAnalysis.Analysis.Text;

/// <summary>Words written with a full stop that does not end the sentence ("Dr.", "Jan.", "Inc.").</summary>
internal static class Abbreviations
{
    // Titles before a name: the sentence never ends after them.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "MR", "DR", "No", "Nos", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Cpt", "Sgt", "Cpl", "Pvt",
        "Maj", "Adm", "Cmdr", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Fr", "Sr", "Mt", "Ft", "St", "Messrs",
        "Mme", "Mlle", "Amb", "Atty", "Brig", "Lieut", "Rt", "Sens", "Reps", "Vol", "Fig", "Del", "Msgr", "Gens", "Govs",
        "vs", "v", "approx", "ca", "cf", "al",
    };

    // May end a sentence ("... Acme Inc. The company ...").
    private static readonly HashSet<string> Others = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Ltd", "Co", "Bros", "Plc", "Jr", "Esq", "etc", "Dept", "Univ", "Ave", "Blvd", "Rd", "Assn",
        "Govt", "Intl", "Natl", "est", "mln", "bln", "pct", "Aly", "INC", "CORP", "LTD", "CO",
        // A month before its day ("Dec. 5") goes on; "hosts Ant and Dec. A different side ..." ends.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup =
        Others.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsAbbreviation(ReadOnlySpan<char> word) => TitleLookup.Contains(word) || OtherLookup.Contains(word);

    /// <summary>"Dr." or "Jan.": what follows is still the same sentence.</summary>
    public static bool NeverEndsSentence(ReadOnlySpan<char> wordWithDot) =>
        wordWithDot.Length > 1 && TitleLookup.Contains(wordWithDot[..^1]);
}

using NewsAnalysis.Analysis.Claims;

namespace NewsAnalysis.Analysis.Tests.Claims;

public sealed class WordSetTests
{
    private static readonly string[] Words = ["said", "so-called", "über", "'s", "x", "tantamount", "ﬁnd"];

    public static TheoryData<string> Probes =>
    [
        "said", "SAID", "Said", "saId", "sai", "saidx", "sand", "ſaid", "SO-CALLED", "so-calle", "ÜBER", "über", "uber",
        "'S", "'s", "’s", "X", "x", "y", "", "TANTAMOUNT", "tantamounts", "ﬁnd", "FIND", "find", "ıd",
    ];

    [Theory]
    [MemberData(nameof(Probes))]
    public void Answers_as_an_ordinal_ignore_case_set_does(string probe)
    {
        var reference = new HashSet<string>(Words, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(reference.Contains(probe), new WordSet(Words).Contains(probe));
    }

    // An all-ASCII set answers ASCII tokens from its own table; tokens outside ASCII still go to the comparer.
    private static readonly string[] AsciiWords = ["said", "so-called", "'s", "x", "tantamount", "kin", "according", "id"];

    public static TheoryData<string> AsciiProbes =>
    [
        "said", "SAID", "Said", "saId", "sai", "saidx", "sand", "ſaid", "SO-CALLED", "so-calle", "'S", "'s", "’s", "X", "x",
        "y", "", "TANTAMOUNT", "tantamounts", "\u212Ain", "KIN", "kİn", "ıd", "ID", "Id", "According", "ACCORDINGLY", "tantamoumt",
    ];

    [Theory]
    [MemberData(nameof(AsciiProbes))]
    public void An_ascii_set_answers_as_an_ordinal_ignore_case_set_does(string probe)
    {
        var reference = new HashSet<string>(AsciiWords, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(reference.Contains(probe), new WordSet(AsciiWords).Contains(probe));
    }

    [Fact]
    public void A_large_set_finds_every_word_in_any_case()
    {
        var words = Enumerable.Range(0, 500).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var set = new WordSet(words);
        Assert.All(words, w => Assert.True(set.Contains(w.ToUpperInvariant())));
        Assert.False(set.Contains("word500"));
        Assert.False(set.Contains("word-1"));
    }

    [Fact]
    public void Finds_its_words_in_any_case_and_nothing_else()
    {
        var set = new WordSet(Words);
        Assert.True(set.Contains("Said".AsSpan()));
        Assert.True(set.Contains("TANTAMOUNT".AsSpan()));
        Assert.False(set.Contains("sad".AsSpan()));
        Assert.False(set.Contains("a much longer token than any word".AsSpan()));
    }
}

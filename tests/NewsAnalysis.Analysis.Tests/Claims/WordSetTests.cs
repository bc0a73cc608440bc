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

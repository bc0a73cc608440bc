using NewsAnalysis.Analysis.Figures;

namespace NewsAnalysis.Analysis.Tests.Figures;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("seven", true, 7)]
    [InlineData("SEVEN", true, 7)]
    [InlineData("Hundredths", true, 100)]
    [InlineData("an", true, 1)]
    [InlineData("seve", false, 0)]
    [InlineData("sevens", false, 0)]
    [InlineData("eleventh", true, 11)]
    [InlineData("ſeven", false, 0)]
    [InlineData("", false, 0)]
    [InlineData("seventeenthsandmore", false, 0)]
    public void The_letter_filter_keeps_every_number_word(string word, bool found, double value)
    {
        Assert.Equal(found, NumberWords.TryGet(word, out var entry));
        Assert.Equal(value, entry.Value);
    }
}

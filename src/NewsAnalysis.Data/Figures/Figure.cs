using Span = NewsAnalysis.Analysis.Span;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Claims;

namespace NewsAnalysis.Data.Figures;

/// <summary>A quantity the article states, normalised by the engine.</summary>
public class Figure
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    /// <summary>The engine's id within the article: "f1", ...</summary>
    public required string Key { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public double Value { get; set; }

    /// <summary>"%", an ISO currency code, a measurement unit, or null for a plain count.</summary>
    public string? Unit { get; set; }

    public string? Measure { get; set; }

    public string? Qualifier { get; set; }

    /// <summary>The engine's key of the claim holding this figure ("c7").</summary>
    public string? ClaimKey { get; set; }

    public long? ClaimId { get; set; }

    public Claim? Claim { get; set; }

    public Span Span => new(Start, End);
}

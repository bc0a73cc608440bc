using NewsAnalysis.Data;
using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Web.Claims;

/// <summary>
/// An editor's flag as submitted. <see cref="ExpectedVersion"/> is the claim version they saw (null: no check) and
/// <see cref="SeenFlagId"/> the newest flag in the history they saw, so a conflict can show what they missed.
/// </summary>
public sealed record FlagRequest(
    FlagStatus Status, string? Note, IReadOnlyList<string> EvidenceUrls, uint? ExpectedVersion = null, long? SeenFlagId = null)
{
    public const int MaxNoteLength = 4000;
    public const int MaxEvidenceUrls = 20;

    /// <summary>What is wrong with the request, said for the editor; empty when it can be saved.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Status))
        {
            problems.Add("Choose a status.");
        }

        if (Note is { Length: > MaxNoteLength })
        {
            problems.Add($"The note is longer than {MaxNoteLength} characters.");
        }

        if (EvidenceUrls.Count > MaxEvidenceUrls)
        {
            problems.Add($"At most {MaxEvidenceUrls} evidence links.");
        }

        // Only web links: a javascript: or data: "evidence" link would run in the next reader's browser.
        foreach (var url in EvidenceUrls)
        {
            if (WebLink.Parse(url) is null || url.Length > 2000)
            {
                problems.Add($"'{url}' is not an http(s) link.");
            }
        }

        return problems;
    }

    /// <summary>One link a line (as typed in the form's text area), blank lines dropped.</summary>
    public static IReadOnlyList<string> SplitLinks(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

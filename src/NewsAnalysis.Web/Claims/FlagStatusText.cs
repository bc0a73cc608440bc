using NewsAnalysis.Data;
using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Web.Claims;

/// <summary>How statuses read on pages ("needs checking") and in forms and the API ("needs_checking").</summary>
public static class FlagStatusText
{
    public static string Label(FlagStatus status) => Value(status).Replace('_', ' ');

    public static string Value(FlagStatus status) => SnakeCaseEnum.ToText(status);

    public static bool TryParse(string? value, out FlagStatus status) => SnakeCaseEnum.TryParse(value, out status);

    public static IReadOnlyList<FlagStatus> All { get; } = Enum.GetValues<FlagStatus>();
}

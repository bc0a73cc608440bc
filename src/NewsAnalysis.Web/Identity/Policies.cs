namespace NewsAnalysis.Web.Identity;

/// <summary>Authorization policy names: reading (every role), editing flags (editors, admins), administering (admins).</summary>
public static class Policies
{
    public const string CanRead = nameof(CanRead);
    public const string CanEdit = nameof(CanEdit);
    public const string CanAdmin = nameof(CanAdmin);
}

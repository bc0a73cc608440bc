namespace NewsAnalysis.Data.Users;

/// <summary>The role names, in one place. An editor may do all a journalist may; an admin all an editor may.</summary>
public static class Roles
{
    public const string Journalist = "Journalist";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Journalist, Editor, Admin];

    /// <summary>The roles a user needs at least one of to read / edit / administer (for policies and [Authorize(Roles = ...)]).</summary>
    public const string Readers = Journalist + "," + Editor + "," + Admin;
    public const string Editors = Editor + "," + Admin;
    public const string Admins = Admin;
}

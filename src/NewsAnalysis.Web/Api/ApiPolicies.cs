namespace NewsAnalysis.Web.Api;

/// <summary>
/// The API's policies: the same roles as the pages. Reading accepts a bearer token or the browser's cookie (export
/// links on pages); changes accept only a bearer token, so no other site can make a signed-in browser post them.
/// </summary>
public static class ApiPolicies
{
    public const string Read = "ApiRead";
    public const string Edit = "ApiEdit";
    public const string Admin = "ApiAdmin";
}

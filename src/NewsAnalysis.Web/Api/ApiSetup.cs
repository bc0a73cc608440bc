using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using NewsAnalysis.Data.Users;

namespace NewsAnalysis.Web.Api;

public static class ApiSetup
{
    public const string Prefix = "/api";

    public static void AddNewsApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Read, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme)
                .RequireRole(Roles.Journalist, Roles.Editor, Roles.Admin))
            .AddPolicy(ApiPolicies.Edit, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(ApiPolicies.Admin, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireRole(Roles.Admin));

        // Scripts get status codes, not the login page's redirect.
        services.ConfigureApplicationCookie(options =>
        {
            var toLogin = options.Events.OnRedirectToLogin;
            var toDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToLogin = context => IsApi(context.Request)
                ? Status(context.Response, StatusCodes.Status401Unauthorized)
                : toLogin(context);
            options.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
                ? Status(context.Response, StatusCodes.Status403Forbidden)
                : toDenied(context);
        });

        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NewsAnalysis API";
            document.Info.Description = "Articles with their analysis, flags and imports. Log in at POST /api/login for a bearer token.";
            return Task.CompletedTask;
        }));
    }

    public static void MapNewsApi(this WebApplication app)
    {
        app.MapOpenApi(Prefix + "/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup(Prefix).WithTags("NewsAnalysis");
        api.MapLoginApi();
        api.MapArticlesApi();
        api.MapExportsApi();
        api.MapClaimsApi();
        api.MapImportsApi();
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}

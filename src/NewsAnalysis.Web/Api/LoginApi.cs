using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using NewsAnalysis.Data.Users;

namespace NewsAnalysis.Web.Api;

/// <summary>
/// POST /api/login: email and password for an Identity bearer token (what MapIdentityApi's /login does, without its
/// self-registration endpoints: accounts are created by admins only).
/// </summary>
public static class LoginApi
{
    public sealed record LoginRequest(string Email, string Password);

    public static void MapLoginApi(this RouteGroupBuilder api)
    {
        api.MapPost("/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (LoginRequest login, SignInManager<AppUser> signIn) =>
            {
                signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
                var result = await signIn.PasswordSignInAsync(login.Email ?? string.Empty, login.Password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
                if (!result.Succeeded)
                {
                    return TypedResults.Problem(
                        result.IsLockedOut ? "This account is locked or disabled." : "Wrong email or password.",
                        statusCode: StatusCodes.Status401Unauthorized);
                }

                // The bearer token handler has written the token response.
                return TypedResults.Empty;
            })
            .AllowAnonymous()
            .WithName("Login")
            .WithSummary("Exchange email and password for a bearer token (Authorization: Bearer ...).");
    }

    /// <summary>
    /// Refuses a token (or cookie) whose user was disabled, deleted or changed role since it was issued: the security
    /// stamp in it no longer matches the user's.
    /// </summary>
    public static RouteGroupBuilder RequireCurrentUser(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<AppUser>>();
            var user = await signIn.ValidateSecurityStampAsync(context.HttpContext.User);
            if (user is null || Users.UserAdministration.IsDisabled(user))
            {
                return TypedResults.Problem("The account is disabled or its access changed: log in again.", statusCode: StatusCodes.Status401Unauthorized);
            }

            return await next(context);
        });
        return group;
    }
}

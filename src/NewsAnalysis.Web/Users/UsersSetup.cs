using System.Data.Common;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace NewsAnalysis.Web.Users;

public static class UsersSetup
{
    public static IServiceCollection AddNewsUsers(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        // A disabled account or a changed role reaches open sessions within a minute, not the default half hour.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var validate = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                try
                {
                    await validate(context);
                }
                // EF reports a connection failure wrapped ("likely due to a transient failure"), Npgsql directly.
                catch (Exception problem) when (problem is DbException || problem.InnerException is DbException)
                {
                    // The database is away: the session stands until the next check. Failing here would fail the
                    // authentication step of the error page too (its result is cached per request), turning the
                    // clear "database unavailable" 503 page into a bare 500; no page can show data meanwhile anyway.
                }
            };
        });
        return services;
    }
}

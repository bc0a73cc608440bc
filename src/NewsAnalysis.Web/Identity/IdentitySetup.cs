using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using NewsAnalysis.Data;
using NewsAnalysis.Data.Users;

namespace NewsAnalysis.Web.Identity;

public static class IdentitySetup
{
    public static void AddNewsIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                // Length over composition rules (NIST SP 800-63B).
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireDigit = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddEntityFrameworkStores<NewsDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "newsanalysis.auth";
            options.SlidingExpiration = true;
        });

        // Keys in PostgreSQL: a cookie or antiforgery token issued by one instance is readable by every other.
        services.AddDataProtection()
            .SetApplicationName("NewsAnalysis")
            .PersistKeysToDbContext<NewsDbContext>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.CanRead, policy => policy.RequireRole(Roles.Journalist, Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.CanEdit, policy => policy.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.CanAdmin, policy => policy.RequireRole(Roles.Admin))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    /// <summary>
    /// Every page needs a reader role; /Admin needs an admin. Pages for editors put
    /// <c>[Authorize(Policy = Policies.CanEdit)]</c> on their model or live under a folder added here.
    /// </summary>
    public static void AddNewsAuthorization(this PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/", Policies.CanRead);
        conventions.AuthorizeFolder("/Admin", Policies.CanAdmin);
        conventions.AllowAnonymousToPage("/Account/Login");
        conventions.AllowAnonymousToPage("/Account/AccessDenied");
        conventions.AllowAnonymousToPage("/Account/Logout");
        conventions.AllowAnonymousToPage("/Error");
    }
}

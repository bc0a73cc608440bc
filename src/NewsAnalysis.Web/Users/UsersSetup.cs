using Microsoft.AspNetCore.Identity;

namespace NewsAnalysis.Web.Users;

public static class UsersSetup
{
    public static IServiceCollection AddNewsUsers(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        // A disabled account or a changed role reaches open sessions within a minute, not the default half hour.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        return services;
    }
}

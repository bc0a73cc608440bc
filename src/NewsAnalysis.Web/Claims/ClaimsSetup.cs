namespace NewsAnalysis.Web.Claims;

public static class ClaimsSetup
{
    public static IServiceCollection AddNewsClaims(this IServiceCollection services)
    {
        services.AddScoped<ClaimFlagging>();
        services.AddScoped<FlagHistory>();
        services.AddScoped<ClaimCorrections>();
        services.AddScoped<ReviewQueue>();
        return services;
    }
}

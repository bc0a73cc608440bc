using NewsAnalysis.Web.Api;
using NewsAnalysis.Web.Claims;
using NewsAnalysis.Web.Imports;
using NewsAnalysis.Web.Security;
using NewsAnalysis.Web.Users;

namespace NewsAnalysis.Web;

/// <summary>The editors' and admins' features: flags, corrections, review queue, imports, users, the API.</summary>
public static class NewsroomSetup
{
    public static void AddNewsroom(this WebApplicationBuilder builder)
    {
        builder.Services.AddNewsClaims();
        builder.AddNewsImports();
        builder.Services.AddNewsUsers();
        builder.AddNewsApi();
        builder.AddNewsRateLimiting();
    }

    public static void UseNewsroom(this WebApplication app)
    {
        app.UseNewsRateLimiting();
        app.MapNewsApi();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsAnalysis.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without the web host; a connection is only needed for <c>database update</c>.</summary>
public sealed class DesignTimeNewsDbContextFactory : IDesignTimeDbContextFactory<NewsDbContext>
{
    public NewsDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__News")
            ?? "Host=localhost;Database=newsanalysis;Username=postgres";
        return new NewsDbContext(NewsDatabase.OptionsFor(connectionString));
    }
}

using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using NewsAnalysis.Data.Imports;

namespace NewsAnalysis.Web.Imports;

public static class ImportsSetup
{
    public static void AddNewsImports(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ImportLimits>(builder.Configuration.GetSection(ImportLimits.Section));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ImportLimits>>().Value);
        services.AddSingleton<ImportUnpacker>();
        services.AddScoped<ImportIntake>();
        services.AddSingleton<ImportProcessor>();
        services.AddScoped<ImportStarter>();
        services.AddSingleton(ImportBatchJob.Handler);
        services.AddHttpClient<FeedFetcher>(FeedFetcher.ClientName);

        // Uploads of whole folders as zips: the upload limit, not the framework's 30 MB default, decides.
        var maxUpload = builder.Configuration.GetValue(ImportLimits.Section + ":" + nameof(ImportLimits.MaxUploadBytes), new ImportLimits().MaxUploadBytes);
        services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = maxUpload);
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = maxUpload);
    }
}

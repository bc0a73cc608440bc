using NewsAnalysis.Web;
using NewsAnalysis.Web.Database;
using NewsAnalysis.Web.Identity;
using NewsAnalysis.Web.Jobs;
using NewsAnalysis.Web.Logging;

var builder = WebApplication.CreateBuilder(args);
builder.AddNewsLogging();
builder.AddNewsDatabase();
builder.AddNewsIdentity();
builder.AddNewsJobs();
builder.Services.AddNewsPages();
builder.AddNewsroom();

var app = builder.Build();
if (!await app.PrepareDatabaseAsync())
{
    return 1;
}

app.UseNewsPipeline();
return await app.RunOrExplainAsync();

/// <summary>The web app's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data.Actors;
using NewsAnalysis.Data.Articles;
using NewsAnalysis.Data.Claims;
using NewsAnalysis.Data.Corrections;
using NewsAnalysis.Data.Figures;
using NewsAnalysis.Data.Flags;
using NewsAnalysis.Data.Imports;
using NewsAnalysis.Data.Jobs;
using NewsAnalysis.Data.Users;

namespace NewsAnalysis.Data;

/// <summary>The newsroom's database: articles and their analysis, flags, imports, jobs, users and data-protection keys.</summary>
public class NewsDbContext(DbContextOptions<NewsDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Actor> Actors => Set<Actor>();

    public DbSet<ArticleActor> ArticleActors => Set<ArticleActor>();

    public DbSet<Mention> Mentions => Set<Mention>();

    public DbSet<Figure> Figures => Set<Figure>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<Flag> Flags => Set<Flag>();

    public DbSet<ClaimCorrection> ClaimCorrections => Set<ClaimCorrection>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<ImportItem> ImportItems => Set<ImportItem>();

    public DbSet<Job> Jobs => Set<Job>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);
    }
}

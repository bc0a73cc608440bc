using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsAnalysis.Data.Articles;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.SourceName).HasMaxLength(300);
        builder.Property(a => a.SourceUrl).HasMaxLength(2000);
        builder.Property(a => a.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.AnalyzerVersion).HasMaxLength(100);
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.ImportedAt);
        builder.HasIndex(a => a.PublishedAt);
        builder.HasIndex(a => a.ImportBatchId);

        builder.Property(a => a.SearchVector)
            .HasComputedColumnSql(
                "setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')",
                stored: true);
        builder.HasIndex(a => a.SearchVector).HasMethod("GIN");

        builder.HasOne(a => a.ImportBatch).WithMany().HasForeignKey(a => a.ImportBatchId).OnDelete(DeleteBehavior.SetNull);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsAnalysis.Data.Imports;

public sealed class ImportItemConfiguration : IEntityTypeConfiguration<ImportItem>
{
    public void Configure(EntityTypeBuilder<ImportItem> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(1000);
        builder.Property(i => i.Status).HasConversion<SnakeCaseEnumConverter<ImportItemStatus>>().HasMaxLength(20);
        builder.Property(i => i.Error).HasMaxLength(4000);
        builder.Property(i => i.Warning).HasMaxLength(1000);
        builder.Property(i => i.Format).HasMaxLength(20);
        // The worker takes the pending items of a batch in order.
        builder.HasIndex(i => new { i.ImportBatchId, i.Status, i.Ordinal });
        builder.HasIndex(i => new { i.ImportBatchId, i.Ordinal }).IsUnique();
        builder.HasIndex(i => i.ArticleId);
        builder.HasOne(i => i.ImportBatch).WithMany(b => b.Items).HasForeignKey(i => i.ImportBatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Article).WithMany().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}

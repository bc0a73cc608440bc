using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsAnalysis.Data.Imports;

public sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.Kind).HasMaxLength(50);
        builder.Property(b => b.Name).HasMaxLength(500);
        builder.Property(b => b.Status).HasConversion<SnakeCaseEnumConverter<ImportStatus>>().HasMaxLength(20);
        builder.HasIndex(b => b.CreatedAt);
        builder.HasOne(b => b.CreatedBy).WithMany().HasForeignKey(b => b.CreatedById).OnDelete(DeleteBehavior.SetNull);
    }
}

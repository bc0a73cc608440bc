using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsAnalysis.Data.Flags;

public sealed class FlagConfiguration : IEntityTypeConfiguration<Flag>
{
    public void Configure(EntityTypeBuilder<Flag> builder)
    {
        builder.Property(f => f.ClaimKey).HasMaxLength(20);
        builder.Property(f => f.Status).HasConversion<SnakeCaseEnumConverter<FlagStatus>>().HasMaxLength(20);
        builder.Property(f => f.Note).HasMaxLength(4000);
        builder.Property(f => f.EvidenceUrls).HasColumnType("text[]");
        builder.HasIndex(f => new { f.ClaimId, f.CreatedAt });
        builder.HasIndex(f => new { f.ArticleId, f.CreatedAt });
        builder.HasIndex(f => f.CreatedAt);
        builder.HasOne(f => f.Claim).WithMany(c => c.Flags).HasForeignKey(f => f.ClaimId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(f => f.Article).WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.CreatedBy).WithMany().HasForeignKey(f => f.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}

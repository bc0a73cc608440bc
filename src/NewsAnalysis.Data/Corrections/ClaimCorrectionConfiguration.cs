using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Analysis;

namespace NewsAnalysis.Data.Corrections;

public sealed class ClaimCorrectionConfiguration : IEntityTypeConfiguration<ClaimCorrection>
{
    public void Configure(EntityTypeBuilder<ClaimCorrection> builder)
    {
        builder.Property(c => c.Kind).HasConversion<SnakeCaseEnumConverter<ClaimCorrectionKind>>().HasMaxLength(20);
        builder.Property(c => c.Start).HasColumnName("span_start");
        builder.Property(c => c.End).HasColumnName("span_end");
        builder.Property(c => c.SourceName).HasMaxLength(500);
        builder.Property(c => c.AttributionKind).HasConversion<SnakeCaseEnumConverter<AttributionKind>>().HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(4000);
        builder.HasIndex(c => new { c.ArticleId, c.CreatedAt });
        builder.HasOne(c => c.Article).WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.CreatedBy).WithMany().HasForeignKey(c => c.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}

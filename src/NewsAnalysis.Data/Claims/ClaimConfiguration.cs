using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Analysis;
using NewsAnalysis.Data.Flags;

namespace NewsAnalysis.Data.Claims;

public sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(c => c.Key).HasMaxLength(20);
        builder.Property(c => c.Start).HasColumnName("span_start");
        builder.Property(c => c.End).HasColumnName("span_end");
        builder.Property(c => c.AttributionKind).HasConversion<SnakeCaseEnumConverter<AttributionKind>>().HasMaxLength(20);
        builder.Property(c => c.SourceActorKey).HasMaxLength(20);
        builder.Property(c => c.SourceText).HasMaxLength(1000);
        builder.Property(c => c.CueText).HasMaxLength(200);
        builder.Property(c => c.FlagStatus).HasConversion<SnakeCaseEnumConverter<FlagStatus>>().HasMaxLength(20);
        builder.Property(c => c.Version).IsRowVersion();

        builder.HasIndex(c => new { c.ArticleId, c.Key }).IsUnique();
        builder.HasIndex(c => c.CheckWorthiness);
        builder.HasIndex(c => new { c.FlagStatus, c.FlaggedAt });
        builder.HasIndex(c => c.AttributionKind);
        builder.HasIndex(c => c.SourceActorId);
        builder.HasOne(c => c.Article).WithMany(a => a.Claims).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.SourceActor).WithMany().HasForeignKey(c => c.SourceActorId).OnDelete(DeleteBehavior.SetNull);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsAnalysis.Data.Figures;

public sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    public void Configure(EntityTypeBuilder<Figure> builder)
    {
        builder.Property(f => f.Key).HasMaxLength(20);
        builder.Property(f => f.Start).HasColumnName("span_start");
        builder.Property(f => f.End).HasColumnName("span_end");
        builder.Property(f => f.Unit).HasMaxLength(20);
        builder.Property(f => f.Measure).HasMaxLength(200);
        builder.Property(f => f.Qualifier).HasMaxLength(20);
        builder.Property(f => f.ClaimKey).HasMaxLength(20);
        builder.HasIndex(f => new { f.ArticleId, f.Key }).IsUnique();
        builder.HasIndex(f => f.ClaimId);
        builder.HasIndex(f => new { f.Unit, f.Value });
        builder.HasOne(f => f.Article).WithMany(a => a.Figures).HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Claim).WithMany(c => c.Figures).HasForeignKey(f => f.ClaimId).OnDelete(DeleteBehavior.SetNull);
    }
}

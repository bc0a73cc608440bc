using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Analysis;

namespace NewsAnalysis.Data.Actors;

public sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(500);
        builder.Property(a => a.NormalizedName).HasMaxLength(500);
        builder.Property(a => a.Kind).HasConversion<SnakeCaseEnumConverter<ActorKind>>().HasMaxLength(20);
        builder.HasIndex(a => new { a.Kind, a.NormalizedName }).IsUnique();
        builder.HasIndex(a => a.MergedIntoId);
        builder.HasOne(a => a.MergedInto).WithMany().HasForeignKey(a => a.MergedIntoId).OnDelete(DeleteBehavior.SetNull);
    }
}

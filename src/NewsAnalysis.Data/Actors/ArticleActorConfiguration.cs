using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Analysis;

namespace NewsAnalysis.Data.Actors;

public sealed class ArticleActorConfiguration : IEntityTypeConfiguration<ArticleActor>
{
    public void Configure(EntityTypeBuilder<ArticleActor> builder)
    {
        builder.ToTable("article_actors");
        builder.Property(a => a.Key).HasMaxLength(20);
        builder.Property(a => a.Name).HasMaxLength(500);
        builder.Property(a => a.Kind).HasConversion<SnakeCaseEnumConverter<ActorKind>>().HasMaxLength(20);
        builder.HasIndex(a => new { a.ArticleId, a.Key }).IsUnique();
        builder.HasIndex(a => a.ActorId);
        builder.HasOne(a => a.Article).WithMany(a => a.Actors).HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Actor).WithMany(a => a.Appearances).HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.SetNull);
    }
}

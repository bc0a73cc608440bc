using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Analysis;

namespace NewsAnalysis.Data.Actors;

public sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        // "end" is reserved in SQL: span_start/span_end keep hand-written queries simple.
        builder.Property(m => m.Start).HasColumnName("span_start");
        builder.Property(m => m.End).HasColumnName("span_end");
        builder.Property(m => m.Type).HasConversion<SnakeCaseEnumConverter<MentionType>>().HasMaxLength(20);
        builder.HasIndex(m => m.ArticleActorId);
        builder.HasOne(m => m.ArticleActor).WithMany(a => a.Mentions).HasForeignKey(m => m.ArticleActorId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsAnalysis.Data.Jobs;

public sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.Property(j => j.Kind).HasMaxLength(100);
        builder.Property(j => j.Payload).HasColumnType("jsonb");
        builder.Property(j => j.Status).HasConversion<SnakeCaseEnumConverter<JobStatus>>().HasMaxLength(20);
        builder.Property(j => j.LockedBy).HasMaxLength(200);
        builder.Property(j => j.Error).HasMaxLength(4000);
        // The worker's claim query scans only queued jobs, oldest due first.
        builder.HasIndex(j => j.RunAfter).HasFilter("status = 'queued'").HasDatabaseName("ix_jobs_queued_run_after");
        builder.HasIndex(j => new { j.Status, j.LockedAt });
    }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Identity;
using Platform.Domain.Reports;

namespace Platform.Infrastructure.Reports;

internal sealed class ReportExportConfiguration : IEntityTypeConfiguration<ReportExport>
{
    public void Configure(EntityTypeBuilder<ReportExport> builder)
    {
        builder.ToTable("report_exports");
        builder.HasKey(export => export.Id);
        builder.Property(export => export.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(export => export.RequesterId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(export => export.ReportKey).HasMaxLength(64).IsRequired();
        builder.Property(export => export.From);
        builder.Property(export => export.To);
        builder.Property(export => export.ProjectId);
        builder.Property(export => export.RequestedAt);
        builder.Property(export => export.Granularity).HasMaxLength(8).IsRequired();
        builder.Property(export => export.TimeZone).HasMaxLength(UserPreferences.TimeZoneMaxLength).IsRequired();
        builder.Property(export => export.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(export => export.FailureCode).HasMaxLength(ReportExport.FailureCodeMaxLength);
        builder.HasIndex(export => new { export.RequesterId, export.Id });
        builder.HasIndex(export => export.ExpiresAt);
    }
}

/// <summary>One piece of an export's CSV file, in order of <see cref="Sequence"/> (ADR 45). Written and read by SQL only.</summary>
internal sealed class ReportExportChunk
{
    public Guid ExportId { get; init; }

    public int Sequence { get; init; }

    public required byte[] Data { get; init; }
}

internal sealed class ReportExportChunkConfiguration : IEntityTypeConfiguration<ReportExportChunk>
{
    public void Configure(EntityTypeBuilder<ReportExportChunk> builder)
    {
        builder.ToTable("report_export_chunks");
        builder.HasKey(chunk => new { chunk.ExportId, chunk.Sequence });
        builder.HasOne<ReportExport>().WithMany().HasForeignKey(chunk => chunk.ExportId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(chunk => chunk.Data).IsRequired();
    }
}

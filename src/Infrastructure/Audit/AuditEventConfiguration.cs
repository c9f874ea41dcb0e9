using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Audit;

namespace Platform.Infrastructure.Audit;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(auditEvent => auditEvent.Id);
        builder.Property(auditEvent => auditEvent.Id).ValueGeneratedNever();
        builder.Property(auditEvent => auditEvent.OccurredAt).IsRequired();
        builder.Property(auditEvent => auditEvent.Type).HasMaxLength(64).IsRequired();
        builder.Property(auditEvent => auditEvent.Outcome).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(auditEvent => auditEvent.UserId);
        builder.Property(auditEvent => auditEvent.ActorId);
        builder.Property(auditEvent => auditEvent.Email).HasMaxLength(320);
        builder.Property(auditEvent => auditEvent.SessionId);
        builder.Property(auditEvent => auditEvent.IpAddress).HasMaxLength(64);
        builder.Property(auditEvent => auditEvent.DeviceId).HasMaxLength(128);
        builder.Property(auditEvent => auditEvent.AppType).HasMaxLength(32);
        builder.Property(auditEvent => auditEvent.Detail).HasMaxLength(256);
        builder.HasIndex(auditEvent => new { auditEvent.UserId, auditEvent.Id });
        builder.HasIndex(auditEvent => new { auditEvent.Type, auditEvent.Id });
        builder.HasIndex(auditEvent => auditEvent.OccurredAt);
    }
}

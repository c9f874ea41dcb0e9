using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Infrastructure.Outbox;

internal sealed class OutboxEntryConfiguration : IEntityTypeConfiguration<OutboxEntry>
{
    public void Configure(EntityTypeBuilder<OutboxEntry> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedNever();
        builder.Property(entry => entry.Name).HasMaxLength(OutboxEntry.NameMaxLength).IsRequired();
        builder.Property(entry => entry.Payload).HasColumnType("jsonb").IsRequired();
        builder.Property(entry => entry.CorrelationId).HasMaxLength(128);
        builder.Property(entry => entry.TraceParent).HasMaxLength(128);
        builder.Property(entry => entry.CreatedAt).IsRequired();
        builder.Property(entry => entry.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(entry => entry.LastError).HasMaxLength(OutboxEntry.LastErrorMaxLength);
        // The relay's claim: pending messages in the order they became available.
        builder.HasIndex(entry => new { entry.AvailableAt, entry.Id }).HasFilter("status = 'Pending'");
        // The administrators' list of dead messages, and the clean-up of delivered ones.
        builder.HasIndex(entry => new { entry.Status, entry.ProcessedAt }).HasFilter("status <> 'Pending'");
    }
}

internal sealed class ProcessedMessageConfiguration : IEntityTypeConfiguration<ProcessedMessage>
{
    public void Configure(EntityTypeBuilder<ProcessedMessage> builder)
    {
        builder.ToTable("processed_messages");
        builder.HasKey(processed => new { processed.Consumer, processed.MessageId });
        builder.Property(processed => processed.Consumer).HasMaxLength(ProcessedMessage.ConsumerMaxLength);
    }
}

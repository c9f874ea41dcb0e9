using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Infrastructure.Mail;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.ToTable("outgoing_mails");
        builder.HasKey(mail => mail.Id);
        builder.Property(mail => mail.Id).ValueGeneratedNever();
        builder.Property(mail => mail.To).HasMaxLength(320).IsRequired();
        builder.Property(mail => mail.Subject).HasMaxLength(500).IsRequired();
        builder.Property(mail => mail.TextBody).IsRequired();
        builder.Property(mail => mail.HtmlBody).IsRequired();
        builder.Property(mail => mail.CreatedAt).IsRequired();
        builder.Property(mail => mail.DiscardAfter);
        builder.Property(mail => mail.LastError).HasMaxLength(OutgoingMail.LastErrorMaxLength);
        // The dispatcher's query: mail still due, in the order it became due.
        builder.HasIndex(mail => mail.NextAttemptAt).HasFilter("sent_at IS NULL AND failed_at IS NULL");
    }
}

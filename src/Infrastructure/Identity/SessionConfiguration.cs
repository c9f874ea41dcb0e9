using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("sessions");
        builder.HasKey(session => session.Id);
        builder.Property(session => session.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(session => session.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(session => session.UserId);
        builder.Property(session => session.DeviceId).HasMaxLength(Session.DeviceIdMaxLength).IsRequired();
        builder.Property(session => session.AppType).HasMaxLength(Session.AppTypeMaxLength).IsRequired();
        builder.Property(session => session.AppVersion).HasMaxLength(Session.AppVersionMaxLength).IsRequired();
        builder.Property(session => session.IpAddress).HasMaxLength(64);
        builder.Property(session => session.UserAgent).HasMaxLength(Session.UserAgentMaxLength);
        builder.Property(session => session.RevocationReason).HasMaxLength(64);
        builder.Property(session => session.CreatedAt).IsRequired();
        builder.Ignore(session => session.IsActive);
    }
}

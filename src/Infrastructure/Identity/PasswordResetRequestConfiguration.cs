using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class PasswordResetRequestConfiguration : IEntityTypeConfiguration<PasswordResetRequest>
{
    public void Configure(EntityTypeBuilder<PasswordResetRequest> builder)
    {
        builder.ToTable("password_reset_requests");
        builder.HasKey(request => request.Id);
        builder.Property(request => request.Id).ValueGeneratedNever();
        builder.Property(request => request.Email).HasMaxLength(PasswordResetRequest.EmailMaxLength).IsRequired();
        builder.Property(request => request.Locale).HasMaxLength(8);
        builder.Property(request => request.IpAddress).HasMaxLength(64);
        builder.Property(request => request.RequestedAt).IsRequired();
        // The processor's query: the oldest requests first (answered ones are deleted).
        builder.HasIndex(request => request.RequestedAt);
    }
}

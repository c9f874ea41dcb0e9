using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class ExternalLoginConfiguration : IEntityTypeConfiguration<ExternalLogin>
{
    public void Configure(EntityTypeBuilder<ExternalLogin> builder)
    {
        builder.ToTable("external_logins");
        builder.HasKey(login => login.Id);
        builder.Property(login => login.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(login => login.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(login => login.UserId);
        builder.Property(login => login.Issuer).HasMaxLength(ExternalLogin.IssuerMaxLength).IsRequired();
        builder.Property(login => login.Subject).HasMaxLength(ExternalLogin.SubjectMaxLength).IsRequired();
        builder.HasIndex(login => new { login.Issuer, login.Subject }).IsUnique();
        builder.Property(login => login.CreatedAt).IsRequired();
    }
}

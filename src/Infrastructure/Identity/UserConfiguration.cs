using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(user => user.Id);
        builder.Property(user => user.Id).ValueGeneratedNever();

        builder.Property(user => user.Email)
            .HasConversion(email => email.Value, value => Email.Create(value).Value)
            .HasMaxLength(Email.MaxLength)
            .IsRequired();
        // Unique among accounts that are not deleted: a deleted account's address can be registered again.
        builder.HasIndex(user => user.Email).IsUnique().HasFilter("deleted_at IS NULL").HasDatabaseName(UniqueConstraints.UserEmail);
        builder.HasQueryFilter(user => user.DeletedAt == null);

        builder.Property(user => user.DisplayName)
            .HasConversion(name => name.Value, value => DisplayName.Create(value).Value)
            .HasMaxLength(DisplayName.MaxLength)
            .IsRequired();

        builder.Property(user => user.PasswordHash).IsRequired();
        builder.Property(user => user.Locale).HasMaxLength(8).IsRequired();
        builder.Property(user => user.TimeZone).HasMaxLength(64).IsRequired();
        builder.Property(user => user.WeightUnit).HasConversion<string>().HasMaxLength(8).IsRequired();

        builder.PrimitiveCollection(user => user.Roles)
            .HasField("_roles")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .IsRequired();

        builder.Property(user => user.CreatedAt).IsRequired();
        builder.Property(user => user.UpdatedAt).IsRequired();
    }
}

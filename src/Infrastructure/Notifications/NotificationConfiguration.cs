using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Identity;
using Platform.Domain.Notifications;

namespace Platform.Infrastructure.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(notification => notification.Id);
        builder.Property(notification => notification.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(notification => notification.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(notification => notification.Type).HasMaxLength(Notification.TypeMaxLength).IsRequired();
        builder.Property(notification => notification.Parameters).HasColumnType("jsonb").IsRequired()
            .HasConversion(
                parameters => JsonSerializer.Serialize(parameters, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>(),
                new ValueComparer<IReadOnlyDictionary<string, string>>(
                    (left, right) => left!.Count == right!.Count && !left.Except(right).Any(),
                    parameters => parameters.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
                    parameters => new Dictionary<string, string>(parameters)));
        builder.Property(notification => notification.InApp).IsRequired();
        builder.Property(notification => notification.CreatedAt).IsRequired();
        builder.Ignore(notification => notification.IsRead);
        // The inbox, newest first, and its unread count.
        builder.HasIndex(notification => new { notification.UserId, notification.Id }).IsDescending(false, true).HasFilter("in_app");
        builder.HasIndex(notification => notification.UserId).HasDatabaseName("ix_notifications_unread").HasFilter("in_app AND read_at IS NULL");
        // The daily digest's pick.
        builder.HasIndex(notification => new { notification.UserId, notification.CreatedAt }).HasDatabaseName("ix_notifications_digest").HasFilter("in_digest");
    }
}

internal sealed class NotificationPreferencesConfiguration : IEntityTypeConfiguration<NotificationPreferences>
{
    public void Configure(EntityTypeBuilder<NotificationPreferences> builder)
    {
        builder.ToTable("notification_preferences");
        builder.HasKey(preferences => preferences.UserId);
        builder.Property(preferences => preferences.UserId).ValueGeneratedNever();
        builder.HasOne<User>().WithOne().HasForeignKey<NotificationPreferences>(preferences => preferences.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(preferences => preferences.Version).IsConcurrencyToken();
        builder.Property<List<NotificationSetting>>("_settings").HasColumnName("settings").HasColumnType("jsonb").IsRequired()
            .HasConversion(
                settings => JsonSerializer.Serialize(settings, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<NotificationSetting>>(json, JsonSerializerOptions.Default) ?? new List<NotificationSetting>(),
                new ValueComparer<List<NotificationSetting>>(
                    (left, right) => left!.SequenceEqual(right!),
                    settings => settings.Aggregate(0, (hash, setting) => HashCode.Combine(hash, setting)),
                    settings => settings.ToList()));
        builder.Ignore(preferences => preferences.Settings);
    }
}

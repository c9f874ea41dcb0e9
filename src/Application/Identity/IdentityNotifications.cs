using System.Globalization;
using Platform.Application.Common.Outbox;
using Platform.Application.Identity.Contracts;
using Platform.Application.Notifications.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Identity;

/// <summary>The identity module's notifications; both concern the account's security, so their mail cannot be turned off.</summary>
internal sealed class IdentityNotificationTypes : INotificationTypes
{
    public const string NewDeviceSignIn = "identity.new-device-sign-in";
    public const string PasswordChanged = "identity.password-changed";

    public IEnumerable<NotificationType> All { get; } =
    [
        new(new NotificationKind(NewDeviceSignIn, IsSecurity: true, DefaultInApp: true, EmailDelivery.Immediate),
            new("Sign-in on a new device", "Your account was signed in on a device it was never used on.",
                values => $"New sign-in on {values["deviceId"]}",
                values => $"Your account was signed in on a new device ({values["deviceId"]}) from {values["ipAddress"]} at {values["time"]} UTC. " +
                    "If this was not you, change your password: that ends every other session."),
            new("Вход с нового устройства", "В вашу учётную запись вошли с устройства, с которого раньше не входили.",
                values => $"Вход с нового устройства {values["deviceId"]}",
                values => $"В вашу учётную запись вошли с нового устройства ({values["deviceId"]}) с адреса {values["ipAddress"]} в {values["time"]} UTC. " +
                    "Если это были не вы, смените пароль: все остальные сеансы завершатся.")),
        new(new NotificationKind(PasswordChanged, IsSecurity: true, DefaultInApp: true, EmailDelivery.Immediate),
            new("Password changed", "The password of your account was changed or reset.",
                values => "Your password was changed",
                values => $"The password of your account was {(values["how"] == "reset" ? "reset with a link sent by mail" : "changed")} at {values["time"]} UTC. " +
                    "If this was not you, reset it at once."),
            new("Пароль изменён", "Пароль вашей учётной записи изменён или сброшен.",
                values => "Ваш пароль изменён",
                values => $"Пароль вашей учётной записи {(values["how"] == "reset" ? "сброшен по ссылке из письма" : "изменён")} в {values["time"]} UTC. " +
                    "Если это были не вы, немедленно сбросьте его.")),
    ];
}

/// <summary>
/// Tells people about their account's security: a sign-in on a device the account never used (not the very first
/// sign-in), and a changed or reset password.
/// </summary>
internal sealed class IdentityNotifications(INotifier notifier, ISessionRepository sessions)
    : IOutboxConsumer<SignedInV1>, IOutboxConsumer<PasswordChangedV1>, IOutboxConsumer<PasswordResetV1>
{
    public async Task ConsumeAsync(SignedInV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var devicesBefore = await sessions.DevicesSignedInBeforeAsync(message.UserId, message.SessionId, cancellationToken);
        if (devicesBefore.Count == 0 || devicesBefore.Contains(message.DeviceId))
        {
            return;
        }

        await notifier.NotifyAsync(message.UserId, IdentityNotificationTypes.NewDeviceSignIn, new Dictionary<string, string>
        {
            ["deviceId"] = message.DeviceId,
            ["ipAddress"] = message.IpAddress ?? "?",
            ["time"] = Time(delivery.OccurredAt),
        }, cancellationToken);
    }

    public Task ConsumeAsync(PasswordChangedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        NotifyPasswordAsync(message.UserId, "changed", delivery, cancellationToken);

    public Task ConsumeAsync(PasswordResetV1 message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        NotifyPasswordAsync(message.UserId, "reset", delivery, cancellationToken);

    private Task NotifyPasswordAsync(Guid userId, string how, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(userId, IdentityNotificationTypes.PasswordChanged,
            new Dictionary<string, string> { ["how"] = how, ["time"] = Time(delivery.OccurredAt) }, cancellationToken);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

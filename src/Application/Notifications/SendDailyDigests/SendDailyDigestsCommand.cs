using Platform.Application.Common.Jobs;
using Platform.Application.Common.Outbox;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Notifications.SendDailyDigests;

/// <summary>
/// Mails each user whose local time has reached <see cref="LocalHour"/> one digest of the notifications kept for it,
/// at most one a local day. Run hourly: a run that finds nothing due does nothing, so running twice is harmless, and
/// a digest missed while the platform was down goes out at the first run after.
/// </summary>
public sealed record SendDailyDigestsCommand : ICommand<JobRun>
{
    public const int LocalHour = 9;
    public const int UsersPerRun = 500;
}

internal sealed class SendDailyDigestsHandler(
    INotificationRepository notifications, INotificationPreferencesRepository preferences, IUserDirectory users,
    NotificationCatalogue catalogue, IOutbox outbox, IUnsubscribeLinks unsubscribeLinks, TimeProvider clock)
    : IRequestHandler<SendDailyDigestsCommand, Result<JobRun>>
{
    public async Task<Result<JobRun>> Handle(SendDailyDigestsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var userId in await notifications.UsersWithDigestAsync(SendDailyDigestsCommand.UsersPerRun, cancellationToken))
        {
            if (await users.FindAsync(userId, cancellationToken) is not { } recipient)
            {
                continue;
            }

            var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(recipient.TimeZone));
            if (local.Hour < SendDailyDigestsCommand.LocalHour)
            {
                continue;
            }

            var chosen = await preferences.FindAsync(userId, cancellationToken);
            if (chosen is null)
            {
                chosen = NotificationPreferences.For(userId);
                preferences.Add(chosen);
            }

            if (!chosen.TakeDigestOf(DateOnly.FromDateTime(local.DateTime)))
            {
                continue;
            }

            var digest = await notifications.DigestOfAsync(userId, cancellationToken);
            outbox.Enqueue(DigestMail.Compose(recipient, digest, catalogue, unsubscribeLinks.LinkFor(userId, DigestMail.LinkType)));
            foreach (var notification in digest)
            {
                notification.LeaveDigest();
            }

            sent++;
        }

        return new JobRun(sent);
    }
}

using Platform.Application.Common.Jobs;

namespace Platform.Application.Notifications.PurgeOldNotifications;

/// <summary>
/// The inbox's retention: read notifications go after <see cref="KeepReadFor"/>, unread ones after
/// <see cref="KeepUnreadFor"/>; one still waiting for a digest stays until it is sent.
/// </summary>
public sealed record PurgeOldNotificationsCommand : ICommand<JobRun>
{
    public static readonly TimeSpan KeepReadFor = TimeSpan.FromDays(90);
    public static readonly TimeSpan KeepUnreadFor = TimeSpan.FromDays(365);
}

internal sealed class PurgeOldNotificationsHandler(INotificationRepository notifications, TimeProvider clock)
    : IRequestHandler<PurgeOldNotificationsCommand, Result<JobRun>>
{
    public async Task<Result<JobRun>> Handle(PurgeOldNotificationsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return new JobRun(await notifications.PurgeAsync(
            readBefore: now - PurgeOldNotificationsCommand.KeepReadFor, createdBefore: now - PurgeOldNotificationsCommand.KeepUnreadFor, cancellationToken));
    }
}

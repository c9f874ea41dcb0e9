namespace Platform.Application.Notifications.Contracts;

/// <summary>
/// Tells a user that something happened, as their preferences for its type say: in the app (pushed live with the
/// unread count), by mail now, or in the next daily digest. Modules call it from their outbox consumers, inside the
/// consumer's transaction, so the notification exists exactly when the consumer's delivery committed.
/// </summary>
public interface INotifier
{
    /// <param name="userId">The recipient; an account that no longer exists gets nothing.</param>
    /// <param name="type">A key of the catalogue (<see cref="NotificationType.Key"/>).</param>
    /// <param name="values">What the type's texts are written from.</param>
    /// <param name="cancellationToken">Stops the work; nothing is kept, as the transaction rolls back.</param>
    Task NotifyAsync(Guid userId, string type, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);
}

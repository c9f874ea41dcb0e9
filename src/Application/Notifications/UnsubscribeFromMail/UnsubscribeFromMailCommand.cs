namespace Platform.Application.Notifications.UnsubscribeFromMail;

/// <summary>
/// The one-click unsubscribe of a notification mail (RFC 8058): the signed token in its link names the user and the
/// type, whose mail is off from now on. Idempotent; a security type cannot be unsubscribed from.
/// </summary>
public sealed record UnsubscribeFromMailCommand(string Token) : ICommand<Unit>
{
    public const int TokenMaxLength = 2048;
}

internal sealed class UnsubscribeFromMailHandler(IUnsubscribeLinks links, INotificationPreferencesRepository preferences, NotificationCatalogue catalogue)
    : IRequestHandler<UnsubscribeFromMailCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(UnsubscribeFromMailCommand request, CancellationToken cancellationToken)
    {
        if (await links.ReadAsync(request.Token) is not { } target || catalogue.Find(target.Type) is not { } type)
        {
            return Domain.Notifications.NotificationErrors.UnsubscribeLinkInvalid;
        }

        var userId = target.UserId;
        var chosen = await preferences.FindAsync(userId, cancellationToken);
        if (chosen is null)
        {
            chosen = Domain.Notifications.NotificationPreferences.For(userId);
            preferences.Add(chosen);
        }

        return chosen.StopMail(type.Kind) ? Unit.Value : Domain.Notifications.NotificationErrors.SecurityMailRequired(type.Key);
    }
}

using Platform.Application.Notifications.SendDailyDigests;

namespace Platform.Application.Notifications.UnsubscribeFromMail;

/// <summary>
/// The one-click unsubscribe of a notification mail (RFC 8058): the signed token in its link names the user and the
/// type, whose mail is off from now on; the daily digest's link names <see cref="DigestMail.LinkType"/>, and every type
/// that goes to the digest stops mailing. Idempotent; a security type cannot be unsubscribed from.
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
        if (await links.ReadAsync(request.Token) is not { } target)
        {
            return Domain.Notifications.NotificationErrors.UnsubscribeLinkInvalid;
        }

        var type = catalogue.Find(target.Type);
        if (type is null && target.Type != DigestMail.LinkType)
        {
            return Domain.Notifications.NotificationErrors.UnsubscribeLinkInvalid;
        }

        var chosen = await preferences.FindAsync(target.UserId, cancellationToken);
        if (chosen is null)
        {
            chosen = Domain.Notifications.NotificationPreferences.For(target.UserId);
            preferences.Add(chosen);
        }

        if (type is null)
        {
            chosen.StopDigest(catalogue.All.Select(known => known.Kind));
            return Unit.Value;
        }

        return chosen.StopMail(type.Kind) ? Unit.Value : Domain.Notifications.NotificationErrors.SecurityMailRequired(type.Key);
    }
}

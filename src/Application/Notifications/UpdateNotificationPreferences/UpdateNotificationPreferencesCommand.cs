using System.Globalization;
using MapsterMapper;
using Platform.Domain.Notifications;

namespace Platform.Application.Notifications.UpdateNotificationPreferences;

/// <summary>
/// Changes the caller's settings for the types given (the others keep theirs) on the copy of
/// <paramref name="Version"/>: a stale version is refused, so two devices never overwrite each other unseen.
/// </summary>
public sealed record UpdateNotificationPreferencesCommand(Guid UserId, long Version, IReadOnlyList<NotificationSettingInput> Items)
    : ICommand<NotificationPreferencesResponse>
{
    public const int MaxItems = 100;
}

/// <summary>One type's setting: <paramref name="Email"/> is off, immediate or digest.</summary>
public sealed record NotificationSettingInput(string Type, bool InApp, string Email);

internal sealed class UpdateNotificationPreferencesHandler(INotificationPreferencesRepository preferences, NotificationCatalogue catalogue, IMapper mapper)
    : IRequestHandler<UpdateNotificationPreferencesCommand, Result<NotificationPreferencesResponse>>
{
    public async Task<Result<NotificationPreferencesResponse>> Handle(UpdateNotificationPreferencesCommand request, CancellationToken cancellationToken)
    {
        var chosen = await preferences.FindAsync(request.UserId, cancellationToken);
        if ((chosen?.Version ?? 1) != request.Version)
        {
            return NotificationErrors.PreferencesChanged;
        }

        if (chosen is null)
        {
            chosen = NotificationPreferences.For(request.UserId);
            preferences.Add(chosen);
        }

        var choices = request.Items.Select(item => (catalogue.Find(item.Type)!.Kind, item.InApp, EmailDeliveryNames.Parse(item.Email))).ToList();
        var changed = chosen.Choose(choices);
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        var settings = catalogue.All.Select(type => new TypeSetting(type, chosen.SettingFor(type.Kind)));
        return new NotificationPreferencesResponse(mapper.MapIn(settings, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), chosen.Version);
    }
}

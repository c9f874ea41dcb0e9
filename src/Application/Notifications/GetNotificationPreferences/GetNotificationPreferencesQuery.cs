using System.Globalization;
using MapsterMapper;

namespace Platform.Application.Notifications.GetNotificationPreferences;

/// <summary>The caller's setting for every type of notification, and the version to change them on.</summary>
public sealed record GetNotificationPreferencesQuery(Guid UserId) : IQuery<NotificationPreferencesResponse>;

internal sealed class GetNotificationPreferencesHandler(INotificationPreferencesRepository preferences, NotificationCatalogue catalogue, IMapper mapper)
    : IRequestHandler<GetNotificationPreferencesQuery, Result<NotificationPreferencesResponse>>
{
    public async Task<Result<NotificationPreferencesResponse>> Handle(GetNotificationPreferencesQuery request, CancellationToken cancellationToken)
    {
        var chosen = await preferences.FindAsync(request.UserId, cancellationToken);
        var settings = catalogue.All.Select(type => new TypeSetting(type, chosen?.SettingFor(type.Kind) ?? type.Kind.DefaultSetting));
        return new NotificationPreferencesResponse(mapper.MapIn(settings, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), chosen?.Version ?? 1);
    }
}

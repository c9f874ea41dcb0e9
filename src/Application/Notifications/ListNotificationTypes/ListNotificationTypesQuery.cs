using System.Globalization;
using MapsterMapper;

namespace Platform.Application.Notifications.ListNotificationTypes;

/// <summary>Every type of notification the platform sends, in the reader's language, with what a user gets until they choose.</summary>
public sealed record ListNotificationTypesQuery : IQuery<IReadOnlyList<NotificationSettingResponse>>;

internal sealed class ListNotificationTypesHandler(NotificationCatalogue catalogue, IMapper mapper)
    : IRequestHandler<ListNotificationTypesQuery, Result<IReadOnlyList<NotificationSettingResponse>>>
{
    public Task<Result<IReadOnlyList<NotificationSettingResponse>>> Handle(ListNotificationTypesQuery request, CancellationToken cancellationToken) =>
        Task.FromResult<Result<IReadOnlyList<NotificationSettingResponse>>>(
            mapper.MapIn(catalogue.All.Select(type => new TypeSetting(type, type.Kind.DefaultSetting)), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
}

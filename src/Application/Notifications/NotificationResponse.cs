using Mapster;
using MapsterMapper;
using Platform.Application.Notifications.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Notifications;

/// <summary>A notification as its reader sees it: its title and body written in the reader's language.</summary>
public sealed record NotificationResponse(Guid Id, string Type, string Title, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, bool IsRead);

/// <summary>A page of notifications, newest first; <paramref name="NextCursor"/> is null on the last page.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationResponse> Items, string? NextCursor);

/// <summary>Maps a notification with the texts of its type in one language (a Mapster run-time parameter, ADR 30).</summary>
internal static class InLanguage
{
    private const string Parameter = "notificationTexts";

    public static NotificationResponse MapIn(this IMapper mapper, Notification notification, NotificationCatalogue catalogue, string? locale) =>
        mapper.From(notification).AddParameters(Parameter, (catalogue, locale)).AdaptToType<NotificationResponse>();

    public static string Title(Notification notification) => Texts(notification)?.Title(new NotificationValues(notification.Parameters)) ?? notification.Type;

    public static string Body(Notification notification) => Texts(notification)?.Body(new NotificationValues(notification.Parameters)) ?? string.Empty;

    /// <summary>The texts of the notification's type; none for a type a module has since dropped (its key stands in).</summary>
    private static NotificationTexts? Texts(Notification notification)
    {
        var (catalogue, locale) = ((NotificationCatalogue, string?))MapContext.Current!.Parameters[Parameter];
        return catalogue.Find(notification.Type)?.In(locale);
    }
}

internal sealed class NotificationMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Notification, NotificationResponse>()
            .Map(response => response.Title, notification => InLanguage.Title(notification))
            .Map(response => response.Body, notification => InLanguage.Body(notification));
}

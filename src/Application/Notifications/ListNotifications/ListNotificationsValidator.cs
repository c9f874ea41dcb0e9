using Platform.Domain.Notifications;

namespace Platform.Application.Notifications.ListNotifications;

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotificationsQuery>
{
    public ListNotificationsValidator(NotificationCatalogue catalogue)
    {
        RuleFor(query => query.Limit).InclusiveBetween(1, ListNotificationsQuery.MaxLimit);
        RuleFor(query => query.Type).Cascade(CascadeMode.Stop).MaximumLength(Notification.TypeMaxLength)
            .Must(type => type is null || catalogue.Find(type) is not null)
            .WithErrorCode("notification_type_unknown").WithMessage("There is no notification type of this name; GET /api/v1/notifications/types lists them.");
        RuleFor(query => query.Cursor).Cascade(CascadeMode.Stop).MaximumLength(NotificationCursor.Length)
            .Must(cursor => cursor is null || NotificationCursor.TryParse(cursor, out _))
            .WithErrorCode("notification_cursor_invalid").WithMessage("The cursor is not one this endpoint returned.");
    }
}

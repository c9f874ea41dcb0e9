using Platform.Domain.Notifications;

namespace Platform.Application.Notifications.UpdateNotificationPreferences;

internal sealed class UpdateNotificationPreferencesValidator : AbstractValidator<UpdateNotificationPreferencesCommand>
{
    public UpdateNotificationPreferencesValidator(NotificationCatalogue catalogue)
    {
        RuleFor(command => command.Items).NotEmpty().Must(items => items.Count <= UpdateNotificationPreferencesCommand.MaxItems)
            .WithMessage($"At most {UpdateNotificationPreferencesCommand.MaxItems} settings at a time.")
            .Must(items => items.Select(item => item.Type).Distinct(StringComparer.Ordinal).Count() == items.Count)
            .WithErrorCode("notification_type_repeated").WithMessage("Each type may appear once.");
        RuleForEach(command => command.Items).ChildRules(item =>
        {
            item.RuleFor(setting => setting.Type).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Notification.TypeMaxLength)
                .Must(type => catalogue.Find(type) is not null)
                .WithErrorCode("notification_type_unknown").WithMessage("There is no notification type of this name; GET /api/v1/notifications/types lists them.");
            item.RuleFor(setting => setting.Email).NotEmpty().Must(email => EmailDeliveryNames.All.Contains(email))
                .WithErrorCode("notification_email_invalid").WithMessage($"The mail setting must be one of: {string.Join(", ", EmailDeliveryNames.All)}.");
        });
    }
}

namespace Platform.Application.Notifications.MarkAllNotificationsRead;

internal sealed class MarkAllNotificationsReadValidator : AbstractValidator<MarkAllNotificationsReadCommand>
{
    public MarkAllNotificationsReadValidator() => RuleFor(command => command.UpTo).NotEmpty();
}

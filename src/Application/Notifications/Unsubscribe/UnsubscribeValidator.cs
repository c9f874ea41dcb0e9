namespace Platform.Application.Notifications.Unsubscribe;

internal sealed class UnsubscribeValidator : AbstractValidator<UnsubscribeCommand>
{
    public UnsubscribeValidator() => RuleFor(command => command.Token).NotEmpty().MaximumLength(UnsubscribeCommand.TokenMaxLength);
}

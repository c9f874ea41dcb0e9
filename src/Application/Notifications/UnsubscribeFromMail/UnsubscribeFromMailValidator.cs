namespace Platform.Application.Notifications.UnsubscribeFromMail;

internal sealed class UnsubscribeFromMailValidator : AbstractValidator<UnsubscribeFromMailCommand>
{
    public UnsubscribeFromMailValidator() => RuleFor(command => command.Token).NotEmpty().MaximumLength(UnsubscribeFromMailCommand.TokenMaxLength);
}

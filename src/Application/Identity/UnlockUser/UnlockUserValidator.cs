namespace Platform.Application.Identity.UnlockUser;

internal sealed class UnlockUserValidator : AbstractValidator<UnlockUserCommand>
{
    public UnlockUserValidator() => RuleFor(command => command.Id).NotEmpty();
}

namespace Platform.Application.Identity.IssuePasswordReset;

internal sealed class IssuePasswordResetValidator : AbstractValidator<IssuePasswordResetCommand>
{
    public IssuePasswordResetValidator() => RuleFor(command => command.RequestId).NotEmpty();
}

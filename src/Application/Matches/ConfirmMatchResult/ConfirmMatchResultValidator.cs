namespace Platform.Application.Matches.ConfirmMatchResult;

internal sealed class ConfirmMatchResultValidator : AbstractValidator<ConfirmMatchResultCommand>
{
    public ConfirmMatchResultValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}

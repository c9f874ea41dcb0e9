namespace Platform.Application.Matches.DisputeMatchResult;

internal sealed class DisputeMatchResultValidator : AbstractValidator<DisputeMatchResultCommand>
{
    public DisputeMatchResultValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.Reason).ValidReason();
    }
}

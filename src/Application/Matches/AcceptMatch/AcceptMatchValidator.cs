namespace Platform.Application.Matches.AcceptMatch;

internal sealed class AcceptMatchValidator : AbstractValidator<AcceptMatchCommand>
{
    public AcceptMatchValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}

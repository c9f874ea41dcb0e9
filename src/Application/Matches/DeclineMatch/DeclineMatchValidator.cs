namespace Platform.Application.Matches.DeclineMatch;

internal sealed class DeclineMatchValidator : AbstractValidator<DeclineMatchCommand>
{
    public DeclineMatchValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}

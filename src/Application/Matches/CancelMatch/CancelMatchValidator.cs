namespace Platform.Application.Matches.CancelMatch;

internal sealed class CancelMatchValidator : AbstractValidator<CancelMatchCommand>
{
    public CancelMatchValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}

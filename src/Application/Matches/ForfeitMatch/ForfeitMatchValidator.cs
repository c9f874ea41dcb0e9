namespace Platform.Application.Matches.ForfeitMatch;

internal sealed class ForfeitMatchValidator : AbstractValidator<ForfeitMatchCommand>
{
    public ForfeitMatchValidator() =>
        RuleFor(command => command.TeamIds).NotEmpty().Must(teams => teams!.Count <= 2).WithMessage("One or both of the match's teams.");
}

using Platform.Domain.Matches;

namespace Platform.Application.Matches.ProposeMatch;

internal sealed class ProposeMatchValidator : AbstractValidator<ProposeMatchCommand>
{
    public ProposeMatchValidator()
    {
        RuleFor(command => command.HomeTeamId).NotEmpty();
        RuleFor(command => command.AwayTeamId).NotEmpty();
        RuleFor(command => command.PlaygroundId).NotEqual(Guid.Empty);
        RuleFor(command => command.ScheduledAt).NotNull();
        RuleFor(command => command.DurationMinutes).NotNull().InclusiveBetween(Match.MinDurationMinutes, Match.MaxDurationMinutes);
    }
}

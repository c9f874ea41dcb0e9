using Platform.Domain.Matches;

namespace Platform.Application.Matches.RescheduleMatch;

internal sealed class RescheduleMatchValidator : AbstractValidator<RescheduleMatchCommand>
{
    public RescheduleMatchValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.PlaygroundId).NotEqual(Guid.Empty);
        RuleFor(command => command.ScheduledAt).NotNull();
        RuleFor(command => command.DurationMinutes).NotNull().InclusiveBetween(Match.MinDurationMinutes, Match.MaxDurationMinutes);
    }
}

using Platform.Domain.Matches;

namespace Platform.Application.Matches.DecideMatch;

internal sealed class DecideMatchValidator : AbstractValidator<DecideMatchCommand>
{
    public DecideMatchValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.HomeScore).NotNull().InclusiveBetween(0, MatchResult.MaxScore);
        RuleFor(command => command.AwayScore).NotNull().InclusiveBetween(0, MatchResult.MaxScore);
        RuleFor(command => command.DecidedBy).ValidDecidedBy();
        RuleFor(command => command.Reason).ValidReason();
    }
}

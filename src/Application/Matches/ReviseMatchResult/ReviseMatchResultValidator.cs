using Platform.Domain.Matches;

namespace Platform.Application.Matches.ReviseMatchResult;

internal sealed class ReviseMatchResultValidator : AbstractValidator<ReviseMatchResultCommand>
{
    public ReviseMatchResultValidator()
    {
        RuleFor(command => command.HomeScore).NotNull().InclusiveBetween(0, MatchResult.MaxScore);
        RuleFor(command => command.AwayScore).NotNull().InclusiveBetween(0, MatchResult.MaxScore);
        RuleFor(command => command.DecidedBy).ValidDecidedBy();
        RuleFor(command => command.Reason).ValidReason();
    }
}

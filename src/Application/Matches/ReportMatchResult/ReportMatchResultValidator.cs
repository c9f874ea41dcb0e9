using Platform.Domain.Matches;

namespace Platform.Application.Matches.ReportMatchResult;

internal sealed class ReportMatchResultValidator : AbstractValidator<ReportMatchResultCommand>
{
    public ReportMatchResultValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.HomeScore).NotNull().InclusiveBetween(0, MatchResult.MaxScore);
        RuleFor(command => command.AwayScore).NotNull().InclusiveBetween(0, MatchResult.MaxScore);
        RuleFor(command => command.DecidedBy).ValidDecidedBy();
        RuleFor(command => command.Lineup).Must(lineup => lineup is null || lineup.Count <= Match.MaxLineup)
            .WithErrorCode("lineup_too_long").WithMessage("A lineup names at most 100 players.");
    }
}

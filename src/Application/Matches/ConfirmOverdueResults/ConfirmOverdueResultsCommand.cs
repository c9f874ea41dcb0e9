using Platform.Application.Common.Jobs;

namespace Platform.Application.Matches.ConfirmOverdueResults;

/// <summary>
/// The confirmation deadline: a reported result that the other side left unanswered past its deadline stands
/// (completed, auto-confirmed). The deadline is stored with the match, so a restart loses nothing; the job never runs
/// twice at once across instances, and each match's version makes a confirmation that races it complete the match once.
/// </summary>
public sealed record ConfirmOverdueResultsCommand : ICommand<JobRun>
{
    public const int BatchSize = 200;
}

internal sealed class ConfirmOverdueResultsHandler(IMatchRepository matches, TimeProvider clock)
    : IRequestHandler<ConfirmOverdueResultsCommand, Result<JobRun>>
{
    public async Task<Result<JobRun>> Handle(ConfirmOverdueResultsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await matches.DueForConfirmationAsync(now, ConfirmOverdueResultsCommand.BatchSize, cancellationToken);
        return new JobRun(due.Count(match => match.ConfirmIfDue(now)));
    }
}

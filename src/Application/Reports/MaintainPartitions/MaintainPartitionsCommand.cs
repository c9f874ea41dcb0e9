using Platform.Application.Common.Jobs;

namespace Platform.Application.Reports.MaintainPartitions;

/// <summary>
/// Makes the next months' partitions before rows need them and drops the months past retention. Safe to run twice:
/// a month made or dropped already is left alone.
/// </summary>
public sealed record MaintainPartitionsCommand : ICommand<JobRun>
{
    public const int MonthsAhead = 3;
}

internal sealed class MaintainPartitionsHandler(IPartitionMaintenance partitions, TimeProvider clock) : IRequestHandler<MaintainPartitionsCommand, Result<JobRun>>
{
    public async Task<Result<JobRun>> Handle(MaintainPartitionsCommand request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var created = await partitions.CreateAheadAsync(today, MaintainPartitionsCommand.MonthsAhead, cancellationToken);
        var dropped = await partitions.DropExpiredAsync(today, cancellationToken);
        return new JobRun(created + dropped);
    }
}

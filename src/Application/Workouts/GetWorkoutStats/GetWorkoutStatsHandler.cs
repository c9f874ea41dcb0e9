using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.GetWorkoutStats;

internal sealed class GetWorkoutStatsHandler(IWorkoutProgressRepository progress, IUserDirectory users, TimeProvider clock)
    : IRequestHandler<GetWorkoutStatsQuery, Result<WorkoutStatsResponse>>
{
    public async Task<Result<WorkoutStatsResponse>> Handle(GetWorkoutStatsQuery request, CancellationToken cancellationToken)
    {
        var owner = await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(owner.TimeZone, out var zone))
        {
            return WorkoutsErrors.TimeZoneUnsupported;
        }
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var to = request.To ?? (request.From is { } start ? start.AddDays(GetWorkoutStatsQuery.DefaultDays - 1) : today);
        var from = request.From ?? to.AddDays(-(GetWorkoutStatsQuery.DefaultDays - 1));
        if (to < from || to.DayNumber - from.DayNumber >= GetWorkoutStatsQuery.MaxDays)
        {
            return WorkoutsErrors.StatisticsRangeInvalid;
        }

        // PostgreSQL knows zones by their IANA ids; a profile may hold a Windows id that .NET also accepts.
        var ianaZone = !zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
        var statistics = await progress.GetStatisticsAsync(request.OwnerId, from, to, ianaZone, cancellationToken);
        return statistics is null ? WorkoutsErrors.TimeZoneUnsupported : WorkoutStatsResponse.Of(statistics, from, to, ianaZone, owner.WeightUnit);
    }
}

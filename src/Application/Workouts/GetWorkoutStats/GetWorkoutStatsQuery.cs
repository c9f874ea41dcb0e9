using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.GetWorkoutStats;

/// <summary>
/// The caller's statistics over the local days [<paramref name="From"/>, <paramref name="To"/>]; without them, the 12 weeks
/// (84 days) up to today in the caller's time zone.
/// </summary>
public sealed record GetWorkoutStatsQuery(Guid OwnerId, DateOnly? From, DateOnly? To) : ICachedQuery<WorkoutStatsResponse>
{
    public const int DefaultDays = 84;
    public const int MaxDays = 3660;

    public string CacheKey => $"workouts:stats:{OwnerId:N}:{From:O}:{To:O}";

    // Any change to the owner's workouts changes the figures; a profile change may change the unit or the time zone.
    public IReadOnlyCollection<string> CacheTags => [WorkoutsCacheTags.ForOwner(OwnerId), CacheTag.ForUser(OwnerId)];

    // Short, because "today" moves when the range is left out.
    public TimeSpan CacheDuration => TimeSpan.FromMinutes(1);
}

internal sealed class GetWorkoutStatsHandler(IWorkoutProgressRepository progress, IUserDirectory users, TimeProvider clock, IMapper mapper)
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
        return statistics is null ? WorkoutsErrors.TimeZoneUnsupported : mapper.MapIn(statistics, owner.WeightUnit, from, to, ianaZone);
    }
}

using Platform.Application.Common.Caching;

namespace Platform.Application.Projects.GetProjectStats;

/// <summary>The caller's projects counted by status, and those created per week over the last <paramref name="Weeks"/> weeks.</summary>
public sealed record GetProjectStatsQuery(Guid UserId, int Weeks) : ICachedQuery<ProjectStatsResponse>
{
    public const int DefaultWeeks = 12;
    public const int MaxWeeks = 104;

    public string CacheKey => $"projects:stats:v2:{UserId:N}:{Weeks}";

    public IReadOnlyCollection<string> CacheTags => [ProjectsCacheTags.ForMember(UserId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class GetProjectStatsHandler(IProjectRepository projects, TimeProvider clock)
    : IRequestHandler<GetProjectStatsQuery, Result<ProjectStatsResponse>>
{
    public async Task<Result<ProjectStatsResponse>> Handle(GetProjectStatsQuery request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var thisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstWeek = thisWeek.AddDays(-7 * (request.Weeks - 1));
        var stats = await projects.GetStatsAsync(request.UserId, firstWeek, cancellationToken);
        var counted = stats.CreatedPerWeek.ToDictionary(week => week.WeekStart, week => week.Count);
        var weeks = Enumerable.Range(0, request.Weeks)
            .Select(index => firstWeek.AddDays(7 * index))
            .Select(weekStart => new WeekCount(weekStart, counted.GetValueOrDefault(weekStart)))
            .ToList();
        return new ProjectStatsResponse(stats.Active + stats.Archived, stats.Active, stats.Archived, weeks);
    }
}

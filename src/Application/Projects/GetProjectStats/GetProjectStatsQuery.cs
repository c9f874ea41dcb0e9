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

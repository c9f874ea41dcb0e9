using Platform.Application.Common.Caching;

namespace Platform.Application.Projects.ListMembers;

/// <summary>The members of a project the caller belongs to, owner first.</summary>
public sealed record ListMembersQuery(Guid ProjectId, Guid UserId) : ICachedQuery<IReadOnlyList<MemberResponse>>
{
    public string CacheKey => $"projects:members:v1:{UserId:N}:{ProjectId:N}";

    public IReadOnlyCollection<string> CacheTags => [ProjectsCacheTags.For(ProjectId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

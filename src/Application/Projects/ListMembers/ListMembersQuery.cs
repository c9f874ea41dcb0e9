using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.ListMembers;

/// <summary>The members of a project the caller belongs to, owner first.</summary>
public sealed record ListMembersQuery(Guid ProjectId, Guid UserId) : ICachedQuery<IReadOnlyList<MemberResponse>>
{
    public string CacheKey => $"projects:members:v1:{UserId:N}:{ProjectId:N}";

    public IReadOnlyCollection<string> CacheTags => [ProjectsCacheTags.For(ProjectId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class ListMembersHandler(IProjectRepository projects, IMapper mapper) : IRequestHandler<ListMembersQuery, Result<IReadOnlyList<MemberResponse>>>
{
    public async Task<Result<IReadOnlyList<MemberResponse>>> Handle(ListMembersQuery request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.ProjectId, cancellationToken);
        if (project is null || !project.IsVisibleTo(request.UserId))
        {
            return ProjectsErrors.NotFound;
        }

        var members = await projects.ListMembersAsync(project.Id, cancellationToken);
        return members.Select(mapper.Map<MemberResponse>).ToList();
    }
}

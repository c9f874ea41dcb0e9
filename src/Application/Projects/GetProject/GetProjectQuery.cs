using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.GetProject;

/// <summary>One project the caller is a member of (anyone else gets project_not_found).</summary>
public sealed record GetProjectQuery(Guid Id, Guid UserId) : ICachedQuery<ProjectResponse>
{
    public string CacheKey => $"projects:get:v1:{UserId:N}:{Id:N}";

    public IReadOnlyCollection<string> CacheTags => [ProjectsCacheTags.For(Id)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class GetProjectHandler(IProjectRepository projects, IMapper mapper) : IRequestHandler<GetProjectQuery, Result<ProjectResponse>>
{
    public async Task<Result<ProjectResponse>> Handle(GetProjectQuery request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null || !project.IsVisibleTo(request.UserId))
        {
            return ProjectsErrors.NotFound;
        }

        return mapper.MapFor<ProjectResponse>(project, request.UserId);
    }
}

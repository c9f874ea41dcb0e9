using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.GetProjectV2;

/// <summary>One project the caller is a member of, in the v2 shape (anyone else gets project_not_found).</summary>
public sealed record GetProjectV2Query(Guid Id, Guid UserId) : ICachedQuery<ProjectV2Response>
{
    public string CacheKey => $"projects:get:v2:{UserId:N}:{Id:N}";

    public IReadOnlyCollection<string> CacheTags => [ProjectsCacheTags.For(Id)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class GetProjectV2Handler(IProjectRepository projects, IMapper mapper) : IRequestHandler<GetProjectV2Query, Result<ProjectV2Response>>
{
    public async Task<Result<ProjectV2Response>> Handle(GetProjectV2Query request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null || !project.IsVisibleTo(request.UserId))
        {
            return ProjectsErrors.NotFound;
        }

        return mapper.MapFor<ProjectV2Response>(project, request.UserId);
    }
}

using Mapster;
using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>One project of a v2 list as the repository reads it, with the caller's role, the member count and the match score.</summary>
public sealed record ProjectSearchHit(
    Guid Id,
    string Key,
    string Name,
    string Description,
    IReadOnlyList<string> Tags,
    ProjectStatus Status,
    Guid OwnerId,
    ProjectRole Role,
    int MemberCount,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    float Score)
{
    /// <summary>The position a cursor keeps for this hit under <paramref name="sort"/>.</summary>
    public ProjectSearchPosition PositionFor(ProjectSearchSort sort) => sort switch
    {
        ProjectSearchSort.Relevance => new ProjectSearchPosition(null, null, Score, Id),
        ProjectSearchSort.Name or ProjectSearchSort.NameDescending => new ProjectSearchPosition(Name, null, null, Id),
        ProjectSearchSort.Created or ProjectSearchSort.CreatedDescending => new ProjectSearchPosition(null, CreatedAt, null, Id),
        _ => new ProjectSearchPosition(null, UpdatedAt, null, Id),
    };
}

internal sealed class ProjectSearchHitMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<ProjectSearchHit, ProjectV2Response>()
            .Map(response => response.Status, hit => ProjectNames.Of(hit.Status))
            .Map(response => response.Role, hit => ProjectNames.Of(hit.Role));
}

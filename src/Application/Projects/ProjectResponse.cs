using Mapster;
using MapsterMapper;
using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>A project as a member sees it (v1).</summary>
/// <param name="Id">The project's id.</param>
/// <param name="Key">Its short unique key, e.g. GPR.</param>
/// <param name="Name">1-200 characters.</param>
/// <param name="Description">Up to 4000 characters; empty when none.</param>
/// <param name="Tags">Lower-case tags.</param>
/// <param name="Status">active or archived.</param>
/// <param name="OwnerId">The one owner.</param>
/// <param name="Role">The caller's role: owner, maintainer, member or viewer.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record ProjectResponse(
    Guid Id,
    string Key,
    string Name,
    string Description,
    IReadOnlyList<string> Tags,
    string Status,
    Guid OwnerId,
    string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>A project maps for one viewer: the responses show the viewer's role (ADR 30).</summary>
internal static class ProjectViewer
{
    private const string Parameter = "viewer";

    public static Guid Id => (Guid)MapContext.Current!.Parameters[Parameter];

    public static TResponse MapFor<TResponse>(this IMapper mapper, Project project, Guid viewerId) =>
        mapper.From(project).AddParameters(Parameter, viewerId).AdaptToType<TResponse>();
}

internal sealed class ProjectMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Project, ProjectResponse>()
            .Map(response => response.Status, project => ProjectNames.Of(project.Status))
            .Map(response => response.Role, project => ProjectNames.Of(project.RoleOf(ProjectViewer.Id) ?? ProjectRole.Viewer));
}

using Mapster;
using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>A project as a member sees it in v2: v1's fields plus the member count and the version behind its ETag.</summary>
/// <param name="Id">The project's id.</param>
/// <param name="Key">Its short unique key, e.g. GPR.</param>
/// <param name="Name">1-200 characters.</param>
/// <param name="Description">Up to 4000 characters; empty when none.</param>
/// <param name="Tags">Lower-case tags.</param>
/// <param name="Status">active or archived.</param>
/// <param name="OwnerId">The one owner.</param>
/// <param name="Role">The caller's role: owner, maintainer, member or viewer.</param>
/// <param name="MemberCount">How many members it has, the owner included.</param>
/// <param name="Version">Goes up with every change; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record ProjectV2Response(
    Guid Id,
    string Key,
    string Name,
    string Description,
    IReadOnlyList<string> Tags,
    string Status,
    Guid OwnerId,
    string Role,
    int MemberCount,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

internal sealed class ProjectV2Mapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Project, ProjectV2Response>()
            .Map(response => response.Status, project => ProjectNames.Of(project.Status))
            .Map(response => response.Role, project => ProjectNames.Of(project.RoleOf(ProjectViewer.Id) ?? ProjectRole.Viewer))
            .Map(response => response.MemberCount, project => project.Members.Count);
}

using Carter;

namespace Platform.Api.Modules.Projects;

/// <summary>The Projects module under <c>/api/v{version}/projects</c>. Each route's endpoint is in the file of its name.</summary>
public sealed class ProjectsModule : ICarterModule
{
    public const string Tag = "Projects";
    public const string TagDescription = "Projects and their members: v1 lists and edits them; v2 adds search with keyset paging, statistics, archiving, ownership transfer and ETag-guarded updates.";
    public const string RoutePrefix = "projects";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var api = app.NewVersionedApi(Tag);

        var v1 = api.MapVersionGroup(RoutePrefix, ApiVersions.V1).WithTags(Tag);
        v1.MapAddMember();
        v1.MapChangeMemberRole();
        v1.MapCreateProject();
        v1.MapDeleteProject();
        v1.MapGetProject();
        v1.MapListMembers();
        v1.MapListProjects();
        v1.MapRemoveMember();
        v1.MapUpdateProject();

        var v2 = api.MapVersionGroup(RoutePrefix, ApiVersions.V2).WithTags(Tag);
        v2.MapArchiveProject();
        v2.MapGetProjectStats();
        v2.MapGetProjectV2();
        v2.MapPatchProject();
        v2.MapRestoreProject();
        v2.MapSearchProjects();
        v2.MapTransferOwnership();
    }
}

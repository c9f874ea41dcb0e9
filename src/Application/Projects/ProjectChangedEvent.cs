using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>The body of projectUpdated, projectArchived and projectDeleted: enough to update a list, and the version to refetch past.</summary>
public sealed record ProjectChangedEvent(Guid ProjectId, string Key, string Name, string Status, long Version, Guid ChangedBy)
{
    public static ProjectChangedEvent Of(Project project, Guid changedBy) =>
        new(project.Id, project.Key, project.Name, ProjectNames.Of(project.Status), project.Version, changedBy);
}

using Platform.Application.Common.Realtime;
using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>
/// What the members of a project hear over the real-time hub once a change is committed. Only members receive them:
/// the recipients are the members after the change, plus the one a removal or a deletion shuts out.
/// </summary>
public static class ProjectRealtimeEvents
{
    public const string ProjectUpdated = "projectUpdated";
    public const string ProjectArchived = "projectArchived";
    public const string ProjectDeleted = "projectDeleted";
    public const string MemberAdded = "memberAdded";
    public const string MemberRemoved = "memberRemoved";
    public const string MemberRoleChanged = "memberRoleChanged";

    public static void RaiseProjectChange(this RealtimeEvents events, string name, Project project, Guid changedBy) =>
        events.Raise(name, project.Members.Select(member => member.UserId), ProjectChangedEvent.Of(project, changedBy));

    public static void RaiseMemberChange(this RealtimeEvents events, string name, Project project, Guid userId, ProjectRole? role, Guid changedBy) =>
        events.Raise(
            name,
            [.. project.Members.Select(member => member.UserId), userId],
            new MemberChangedEvent(project.Id, userId, role is { } newRole ? ProjectNames.Of(newRole) : null, project.Version, changedBy));
}

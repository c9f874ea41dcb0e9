using System.Diagnostics;
using Platform.Application.Common.Events;
using Platform.Application.Common.Realtime;
using Platform.Domain.Projects;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Projects;

/// <summary>
/// What a committed change to a project makes happen (ADR 25): the project and the project lists of everyone it
/// concerns leave the cache, then its members, and a member just removed, hear about it over the real-time hub;
/// nobody else does. A new project is news to no one but its owner, whose list alone goes stale.
/// </summary>
internal sealed class ProjectEventEffects(IFusionCache cache, IRealtimePublisher realtime) : IAfterCommitHandler<ProjectEvent>
{
    private const string ProjectUpdatedName = "projectUpdated";
    private const string ProjectArchivedName = "projectArchived";
    private const string ProjectDeletedName = "projectDeleted";
    private const string MemberAddedName = "memberAdded";
    private const string MemberRemovedName = "memberRemoved";
    private const string MemberRoleChangedName = "memberRoleChanged";

    public async Task HandleAsync(ProjectEvent domainEvent, CancellationToken cancellationToken)
    {
        await cache.RemoveByTagAsync(ProjectsCacheTags.ForChange(domainEvent.ProjectId, domainEvent.AffectedUserIds), token: cancellationToken);
        if (PushOf(domainEvent) is { } push)
        {
            await realtime.PublishAsync(push, cancellationToken);
        }
    }

    private static RealtimeEvent? PushOf(ProjectEvent change) => change switch
    {
        ProjectCreated => null,
        ProjectArchived => ProjectPush(ProjectArchivedName, change),
        ProjectDeleted => ProjectPush(ProjectDeletedName, change),
        ProjectDetailsUpdated or ProjectRestored or ProjectOwnershipTransferred => ProjectPush(ProjectUpdatedName, change),
        MemberAdded added => MemberPush(MemberAddedName, added),
        MemberRoleChanged changed => MemberPush(MemberRoleChangedName, changed),
        MemberRemoved removed => MemberPush(MemberRemovedName, removed),
        _ => throw new UnreachableException($"No push for {change.GetType().Name}."),
    };

    private static RealtimeEvent ProjectPush(string name, ProjectEvent change) => new(
        name, change.AffectedUserIds,
        new ProjectChangedMessage(change.ProjectId, change.Key, change.Name, ProjectNames.Of(change.Status), change.Version, change.ChangedBy));

    private static RealtimeEvent MemberPush(string name, ProjectMemberEvent change) => new(
        name, change.AffectedUserIds,
        new MemberChangedMessage(change.ProjectId, change.UserId, change.Role is { } role ? ProjectNames.Of(role) : null, change.Version, change.ChangedBy));
}

/// <summary>The body of projectUpdated, projectArchived and projectDeleted: enough to update a list, and the version to refetch past.</summary>
public sealed record ProjectChangedMessage(Guid ProjectId, string Key, string Name, string Status, long Version, Guid ChangedBy);

/// <summary>The body of memberAdded, memberRemoved and memberRoleChanged; <paramref name="Role"/> is null for a removal.</summary>
public sealed record MemberChangedMessage(Guid ProjectId, Guid UserId, string? Role, long Version, Guid ChangedBy);

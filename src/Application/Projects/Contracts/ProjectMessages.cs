using Mapster;
using Platform.Application.Common.Outbox;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.Contracts;

// What the projects module tells the rest of the platform through the outbox (ADR 37). Key and Name are the project's
// as the change left them; ChangedBy is who made the change; a role is its API name (ProjectNames.Roles).

/// <summary>A user became a member of a project, with this role.</summary>
[OutboxMessage("projects.member-added.v1")]
public sealed record MemberAddedV1(Guid ProjectId, string Key, string Name, Guid UserId, string Role, Guid ChangedBy) : IOutboxMessage<MemberAdded>;

/// <summary>A member's role changed to this one.</summary>
[OutboxMessage("projects.member-role-changed.v1")]
public sealed record MemberRoleChangedV1(Guid ProjectId, string Key, string Name, Guid UserId, string Role, Guid ChangedBy) : IOutboxMessage<MemberRoleChanged>;

/// <summary>A user is no longer a member of a project.</summary>
[OutboxMessage("projects.member-removed.v1")]
public sealed record MemberRemovedV1(Guid ProjectId, string Key, string Name, Guid UserId, Guid ChangedBy) : IOutboxMessage<MemberRemoved>;

/// <summary>A project has a new owner; the previous one stays as a maintainer.</summary>
[OutboxMessage("projects.ownership-transferred.v1")]
public sealed record OwnershipTransferredV1(Guid ProjectId, string Key, string Name, Guid NewOwnerId, Guid ChangedBy) : IOutboxMessage<ProjectOwnershipTransferred>;

/// <summary>A project became read-only; <paramref name="AffectedUserIds"/> are its members.</summary>
[OutboxMessage("projects.archived.v1")]
public sealed record ProjectArchivedV1(Guid ProjectId, string Key, string Name, IReadOnlyList<Guid> AffectedUserIds, Guid ChangedBy) : IOutboxMessage<ProjectArchived>;

internal sealed class ProjectMessageMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<MemberAdded, MemberAddedV1>().Map(message => message.Role, added => ProjectNames.Of(added.Role!.Value));
        config.NewConfig<MemberRoleChanged, MemberRoleChangedV1>().Map(message => message.Role, changed => ProjectNames.Of(changed.Role!.Value));
    }
}

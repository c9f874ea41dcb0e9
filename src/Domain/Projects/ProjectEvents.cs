namespace Platform.Domain.Projects;

/// <summary>
/// What happened to a project, raised by <see cref="Project"/> only. Each carries the project as the change left it
/// and the users whose view of it changed: its members, and a member who was just removed.
/// </summary>
public abstract record ProjectEvent : IDomainEvent
{
    private protected ProjectEvent(Project project, Guid changedBy, Guid? removedUserId = null)
    {
        ProjectId = project.Id;
        Key = project.Key;
        Name = project.Name;
        Status = project.Status;
        Version = project.Version;
        ChangedBy = changedBy;
        AffectedUserIds = [.. project.Members.Select(member => member.UserId), .. removedUserId is { } removed ? [removed] : Array.Empty<Guid>()];
    }

    public Guid ProjectId { get; }

    public string Key { get; }

    public string Name { get; }

    public ProjectStatus Status { get; }

    public long Version { get; }

    public Guid ChangedBy { get; }

    public IReadOnlyList<Guid> AffectedUserIds { get; }
}

public sealed record ProjectCreated : ProjectEvent
{
    internal ProjectCreated(Project project) : base(project, project.OwnerId) { }
}

public sealed record ProjectDetailsUpdated : ProjectEvent
{
    internal ProjectDetailsUpdated(Project project, Guid changedBy) : base(project, changedBy) { }
}

public sealed record ProjectArchived : ProjectEvent
{
    internal ProjectArchived(Project project, Guid changedBy) : base(project, changedBy) { }
}

public sealed record ProjectRestored : ProjectEvent
{
    internal ProjectRestored(Project project, Guid changedBy) : base(project, changedBy) { }
}

public sealed record ProjectOwnershipTransferred : ProjectEvent
{
    internal ProjectOwnershipTransferred(Project project, Guid changedBy) : base(project, changedBy) => NewOwnerId = project.OwnerId;

    public Guid NewOwnerId { get; }
}

public sealed record ProjectDeleted : ProjectEvent
{
    internal ProjectDeleted(Project project, Guid changedBy) : base(project, changedBy) { }
}

/// <summary>A change to one member: <see cref="UserId"/> and the role they have now (none once removed).</summary>
public abstract record ProjectMemberEvent : ProjectEvent
{
    private protected ProjectMemberEvent(Project project, Guid changedBy, ProjectMember member, bool removed)
        : base(project, changedBy, removed ? member.UserId : null)
    {
        UserId = member.UserId;
        Role = removed ? null : member.Role;
    }

    public Guid UserId { get; }

    public ProjectRole? Role { get; }
}

public sealed record MemberAdded : ProjectMemberEvent
{
    internal MemberAdded(Project project, Guid changedBy, ProjectMember member) : base(project, changedBy, member, removed: false) { }
}

public sealed record MemberRoleChanged : ProjectMemberEvent
{
    internal MemberRoleChanged(Project project, Guid changedBy, ProjectMember member) : base(project, changedBy, member, removed: false) { }
}

public sealed record MemberRemoved : ProjectMemberEvent
{
    internal MemberRemoved(Project project, Guid changedBy, ProjectMember member) : base(project, changedBy, member, removed: true) { }
}

namespace Platform.Domain.Projects;

/// <summary>A user's place in a project: their role and since when.</summary>
public sealed class ProjectMember
{
    private ProjectMember(Guid userId, ProjectRole role, DateTimeOffset joinedAt)
    {
        UserId = userId;
        Role = role;
        JoinedAt = joinedAt;
    }

    public Guid UserId { get; }

    public ProjectRole Role { get; private set; }

    public DateTimeOffset JoinedAt { get; }

    internal static ProjectMember Join(Guid userId, ProjectRole role, DateTimeOffset now) => new(userId, role, StoredTime.From(now));

    internal void ChangeRole(ProjectRole role) => Role = role;
}

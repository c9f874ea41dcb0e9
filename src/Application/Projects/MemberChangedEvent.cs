namespace Platform.Application.Projects;

/// <summary>The body of memberAdded, memberRemoved and memberRoleChanged; <paramref name="Role"/> is null for a removal.</summary>
public sealed record MemberChangedEvent(Guid ProjectId, Guid UserId, string? Role, long Version, Guid ChangedBy);

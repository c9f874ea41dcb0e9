namespace Platform.Application.Projects.ChangeMemberRole;

/// <summary>Changes a member's role; owners and maintainers may. The owner's role changes only by a transfer.</summary>
public sealed record ChangeMemberRoleCommand(string? Role) : ICommand<MemberResponse>
{
    /// <summary>The project, set by the endpoint from the route.</summary>
    public required Guid ProjectId { get; init; }

    /// <summary>The member, set by the endpoint from the route.</summary>
    public required Guid UserId { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid ActorId { get; init; }
}

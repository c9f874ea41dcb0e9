using System.Text.Json.Serialization;

namespace Platform.Application.Projects.ChangeMemberRole;

/// <summary>Changes a member's role; owners and maintainers may. The owner's role changes only by a transfer.</summary>
/// <param name="Role">maintainer, member or viewer.</param>
public sealed record ChangeMemberRoleCommand(string? Role) : ICommand<MemberResponse>
{
    /// <summary>The project, set by the endpoint from the route.</summary>
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    /// <summary>The member, set by the endpoint from the route.</summary>
    [JsonIgnore]
    public Guid UserId { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    [JsonIgnore]
    public Guid ActorId { get; init; }
}

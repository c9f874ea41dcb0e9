using System.Text.Json.Serialization;

namespace Platform.Application.Projects.AddMember;

/// <summary>Adds a user to a project; owners and maintainers may.</summary>
/// <param name="UserId">The account to add.</param>
/// <param name="Role">maintainer, member or viewer.</param>
public sealed record AddMemberCommand(Guid UserId, string? Role) : ICommand<MemberResponse>
{
    /// <summary>The project, set by the endpoint from the route.</summary>
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    [JsonIgnore]
    public Guid ActorId { get; init; }
}

namespace Platform.Application.Projects.AddMember;

/// <summary>Adds a user to a project; owners and maintainers may.</summary>
public sealed record AddMemberCommand(Guid UserId, string? Role) : ICommand<MemberResponse>
{
    /// <summary>The project, set by the endpoint from the route.</summary>
    public required Guid ProjectId { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid ActorId { get; init; }
}

namespace Platform.Application.Projects.RemoveMember;

/// <summary>Takes a member out of a project (owners and maintainers), or leaves it (the member themselves; never the owner).</summary>
public sealed record RemoveMemberCommand(Guid ProjectId, Guid UserId, Guid ActorId) : ICommand<Unit>;

namespace Platform.Application.Projects.TransferOwnership;

/// <summary>Hands the project to another member (the owner only); the former owner stays as a maintainer.</summary>
public sealed record TransferOwnershipCommand(Guid UserId) : ICommand<ProjectV2Response>
{
    /// <summary>The project, set by the endpoint from the route.</summary>
    public required Guid ProjectId { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid ActorId { get; init; }
}

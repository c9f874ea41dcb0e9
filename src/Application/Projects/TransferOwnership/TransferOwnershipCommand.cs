using System.Text.Json.Serialization;

namespace Platform.Application.Projects.TransferOwnership;

/// <summary>Hands the project to another member (the owner only); the former owner stays as a maintainer.</summary>
/// <param name="UserId">The member who becomes the owner.</param>
public sealed record TransferOwnershipCommand(Guid UserId) : ICommand<ProjectV2Response>
{
    /// <summary>The project, set by the endpoint from the route.</summary>
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    [JsonIgnore]
    public Guid ActorId { get; init; }
}

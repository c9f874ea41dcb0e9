using MapsterMapper;
using Platform.Domain.Playgrounds;

namespace Platform.Application.Playgrounds.UpdatePlayground;

/// <summary>Replaces a playground's details, if the caller created it or moderates and their copy (If-Match) is current.</summary>
public sealed record UpdatePlaygroundCommand(
    string? Name, string? Address, string? City, double? Latitude, double? Longitude, IReadOnlyList<string>? Sports, string? Surface, int? Pitches,
    IReadOnlyList<OpeningHoursInput>? OpeningHours, string? TimeZone) : ICommand<PlaygroundResponse>, IPlaygroundFields
{
    /// <summary>The playground, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }

    /// <summary>Whether the caller has the moderator role, set by the endpoint from the access token.</summary>
    public required bool IsModerator { get; init; }

    /// <summary>The version the caller's copy has, set by the endpoint from If-Match.</summary>
    public required long ExpectedVersion { get; init; }
}

internal sealed class UpdatePlaygroundHandler(IPlaygroundRepository playgrounds, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdatePlaygroundCommand, Result<PlaygroundResponse>>
{
    public async Task<Result<PlaygroundResponse>> Handle(UpdatePlaygroundCommand request, CancellationToken cancellationToken)
    {
        var playground = await playgrounds.FindAsync(request.Id, cancellationToken);
        if (playground is null)
        {
            return PlaygroundsErrors.NotFound;
        }

        if (!playground.MayBeChangedBy(request.UserId, request.IsModerator))
        {
            return PlaygroundsErrors.PermissionDenied;
        }

        if (!playground.IsAtVersion(request.ExpectedVersion))
        {
            return PlaygroundsErrors.VersionMismatch;
        }

        return playground.Update(request.UserId, request.IsModerator, PlaygroundRules.DetailsOf(request), clock.GetUtcNow())
            .Map(mapper.Map<PlaygroundResponse>);
    }
}

using MapsterMapper;
using Platform.Domain.Playgrounds;

namespace Platform.Application.Playgrounds.CreatePlayground;

/// <summary>Adds a playground that the caller created.</summary>
public sealed record CreatePlaygroundCommand(
    string? Name, string? Address, string? City, double? Latitude, double? Longitude, IReadOnlyList<string>? Sports, string? Surface, int? Pitches,
    IReadOnlyList<OpeningHoursInput>? OpeningHours, string? TimeZone) : ICommand<PlaygroundResponse>, IPlaygroundFields
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid OwnerId { get; init; }
}

internal sealed class CreatePlaygroundHandler(IPlaygroundRepository playgrounds, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreatePlaygroundCommand, Result<PlaygroundResponse>>
{
    public Task<Result<PlaygroundResponse>> Handle(CreatePlaygroundCommand request, CancellationToken cancellationToken)
    {
        var created = Playground.Create(request.OwnerId, PlaygroundRules.DetailsOf(request), clock.GetUtcNow())
            .Map(playground =>
            {
                playgrounds.Add(playground);
                return mapper.Map<PlaygroundResponse>(playground);
            });
        return Task.FromResult(created);
    }
}

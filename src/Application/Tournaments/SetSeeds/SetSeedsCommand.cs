using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.SetSeeds;

/// <summary>An organiser orders the accepted entries, top seed first, before the start; answers the entries by seed.</summary>
public sealed record SetSeedsCommand(IReadOnlyList<Guid>? EntryIds) : ICommand<IReadOnlyList<EntryResponse>>
{
    /// <summary>The tournament, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }
}

internal sealed class SetSeedsHandler(ITournamentRepository tournaments, TimeProvider clock, IMapper mapper)
    : IRequestHandler<SetSeedsCommand, Result<IReadOnlyList<EntryResponse>>>
{
    public async Task<Result<IReadOnlyList<EntryResponse>>> Handle(SetSeedsCommand request, CancellationToken cancellationToken) =>
        await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is { } tournament
            ? tournament.SetSeeds(request.UserId, request.EntryIds!, clock.GetUtcNow()).Map(seeded => (IReadOnlyList<EntryResponse>)mapper.Map<List<EntryResponse>>(seeded.Seeded))
            : TournamentsErrors.NotFound;
}

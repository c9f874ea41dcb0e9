using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.RandomizeSeeds;

/// <summary>An organiser draws the seeds of the accepted entries by lot before the start; answers the entries by seed.</summary>
public sealed record RandomizeSeedsCommand(Guid Id, Guid UserId) : ICommand<IReadOnlyList<EntryResponse>>;

internal sealed class RandomizeSeedsHandler(ITournamentRepository tournaments, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RandomizeSeedsCommand, Result<IReadOnlyList<EntryResponse>>>
{
    public async Task<Result<IReadOnlyList<EntryResponse>>> Handle(RandomizeSeedsCommand request, CancellationToken cancellationToken) =>
        await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is { } tournament
            ? tournament.RandomizeSeeds(request.UserId, Random.Shared, clock.GetUtcNow()).Map(seeded => (IReadOnlyList<EntryResponse>)mapper.Map<List<EntryResponse>>(seeded.Seeded))
            : TournamentsErrors.NotFound;
}

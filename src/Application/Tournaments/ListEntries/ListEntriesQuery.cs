using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.ListEntries;

/// <summary>A tournament's entries, optionally of one status: accepted ones by seed, the others in the order they were sent.</summary>
public sealed record ListEntriesQuery(Guid Id, string? Status) : IQuery<IReadOnlyList<EntryResponse>>;

internal sealed class ListEntriesHandler(ITournamentRepository tournaments, IMapper mapper)
    : IRequestHandler<ListEntriesQuery, Result<IReadOnlyList<EntryResponse>>>
{
    public async Task<Result<IReadOnlyList<EntryResponse>>> Handle(ListEntriesQuery request, CancellationToken cancellationToken)
    {
        if (await tournaments.FindAsync(request.Id, cancellationToken) is not { } tournament)
        {
            return TournamentsErrors.NotFound;
        }

        var status = TournamentNames.From<EntryStatus>(request.Status);
        var entries = tournament.Entries.Where(entry => status is null || entry.Status == status)
            .OrderBy(entry => entry.Seed ?? int.MaxValue).ThenBy(entry => entry.EnteredAt).ThenBy(entry => entry.Id);
        return Result<IReadOnlyList<EntryResponse>>.Success(mapper.Map<List<EntryResponse>>(entries.ToList()));
    }
}

using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.ListEntries;

/// <summary>
/// A tournament's entries, optionally of one status: accepted ones by seed, the others in the order they were sent.
/// The field (seeded entries, withdrawn after the start included) and its waitlist are public; an entry still pending,
/// rejected or withdrawn before the start is an application, seen only by the organisers and the captain who sent it.
/// </summary>
public sealed record ListEntriesQuery(Guid Id, string? Status, Guid UserId) : IQuery<IReadOnlyList<EntryResponse>>;

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
        var organiser = tournament.IsOrganiser(request.UserId);
        var entries = tournament.Entries
            .Where(entry => status is null || entry.Status == status)
            .Where(entry => organiser || entry.CaptainId == request.UserId || entry.Seed is not null || entry.Status is EntryStatus.Accepted or EntryStatus.Waitlisted)
            .OrderBy(entry => entry.Seed ?? int.MaxValue).ThenBy(entry => entry.EnteredAt).ThenBy(entry => entry.Id);
        return Result<IReadOnlyList<EntryResponse>>.Success(mapper.Map<List<EntryResponse>>(entries.ToList()));
    }
}

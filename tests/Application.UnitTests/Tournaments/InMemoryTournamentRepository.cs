using Platform.Application.Common.Paging;
using Platform.Application.Tournaments;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Tournaments;

namespace Platform.Application.UnitTests.Tournaments;

/// <summary>
/// The Tournaments repository port over a list, for handler tests through <c>PipelineHost</c>; the aggregates it hands
/// out are tracked by the unit of work, which takes their domain events as EF Core's change tracker does.
/// </summary>
public sealed class InMemoryTournamentRepository(FakeUnitOfWork unitOfWork) : ITournamentRepository
{
    public List<Tournament> Items { get; } = [];

    public Task<Tournament?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var tournament = Items.Find(candidate => candidate.Id == id);
        if (tournament is not null)
        {
            unitOfWork.Track(tournament);
        }

        return Task.FromResult(tournament);
    }

    public Task<Tournament?> FindForUpdateAsync(Guid id, CancellationToken cancellationToken) => FindAsync(id, cancellationToken);

    public Task<bool> IsOrganiserAsync(Guid tournamentId, Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Exists(tournament => tournament.Id == tournamentId && tournament.IsOrganiser(userId)));

    public Task<bool> HasTeamInProgressAsync(Guid teamId, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Exists(tournament => tournament.State == TournamentState.InProgress && tournament.Seeded.Any(entry => entry.TeamId == teamId)));

    public Task<IReadOnlyList<Tournament>> ListOpenWithEntryOfAsync(Guid teamId, CancellationToken cancellationToken)
    {
        var open = Items.Where(tournament => tournament.State is TournamentState.Draft or TournamentState.Registration
            && tournament.Entries.Any(entry => entry.TeamId == teamId && entry.IsActive)).ToList();
        open.ForEach(unitOfWork.Track);
        return Task.FromResult<IReadOnlyList<Tournament>>(open);
    }

    public Task<PagedList<Tournament>> ListAsync(TournamentFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var all = Items
            .Where(tournament => (filter.Sport is null || tournament.Sport == filter.Sport) && (filter.State is null || tournament.State == filter.State)
                && (filter.Format is null || tournament.Settings.Format == filter.Format))
            .OrderByDescending(tournament => tournament.CreatedAt).ThenByDescending(tournament => tournament.Id)
            .ToList();
        return Task.FromResult(new PagedList<Tournament>(
            all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, all.Count));
    }

    public void Add(Tournament tournament)
    {
        unitOfWork.Track(tournament);
        Items.Add(tournament);
    }

    public void Remove(Tournament tournament)
    {
        unitOfWork.Track(tournament);
        Items.Remove(tournament);
    }
}

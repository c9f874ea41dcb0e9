using Platform.Application.Common.Paging;
using Platform.Application.Tournaments;
using Platform.Domain.Tournaments;

namespace Platform.Infrastructure.Tournaments;

internal sealed class TournamentRepository(PlatformDbContext context) : ITournamentRepository
{
    public Task<Tournament?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Tournament>().SingleOrDefaultAsync(tournament => tournament.Id == id, cancellationToken);

    public async Task<Tournament?> FindForUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({id.ToString()}, 48))", cancellationToken);
        return await FindAsync(id, cancellationToken);
    }

    public Task<PagedList<Tournament>> ListAsync(TournamentFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var tournaments = context.Set<Tournament>().AsNoTracking();
        if (filter.Sport is { } sport)
        {
            tournaments = tournaments.Where(tournament => tournament.Sport == sport);
        }

        if (filter.City is { } city)
        {
            var cityKey = Domain.Community.CommunityText.KeyOf(city);
            tournaments = tournaments.Where(tournament => tournament.CityKey == cityKey);
        }

        if (filter.State is { } state)
        {
            tournaments = tournaments.Where(tournament => tournament.State == state);
        }

        if (filter.Format is { } format)
        {
            tournaments = tournaments.Where(tournament => tournament.Settings.Format == format);
        }

        return tournaments.OrderByDescending(tournament => tournament.CreatedAt).ThenByDescending(tournament => tournament.Id)
            .ToPagedListAsync(page, pageSize, cancellationToken);
    }

    public Task<bool> IsOrganiserAsync(Guid tournamentId, Guid userId, CancellationToken cancellationToken) =>
        context.Set<Tournament>().AnyAsync(tournament => tournament.Id == tournamentId && tournament.OrganiserIds.Contains(userId), cancellationToken);

    public Task<bool> HasTeamInProgressAsync(Guid teamId, CancellationToken cancellationToken) =>
        context.Set<Tournament>().AnyAsync(
            tournament => tournament.State == TournamentState.InProgress && tournament.Entries.Any(entry => entry.TeamId == teamId && entry.Status == EntryStatus.Accepted),
            cancellationToken);

    public async Task<IReadOnlyList<Tournament>> ListOpenWithEntryOfAsync(Guid teamId, CancellationToken cancellationToken) =>
        await context.Set<Tournament>()
            .Where(tournament => (tournament.State == TournamentState.Draft || tournament.State == TournamentState.Registration)
                && tournament.Entries.Any(entry => entry.TeamId == teamId
                    && (entry.Status == EntryStatus.Pending || entry.Status == EntryStatus.Accepted || entry.Status == EntryStatus.Waitlisted)))
            .ToListAsync(cancellationToken);

    public void Add(Tournament tournament) => context.Set<Tournament>().Add(tournament);

    public void Remove(Tournament tournament) => context.Set<Tournament>().Remove(tournament);
}

using Platform.Application.Matches;
using Platform.Application.Matches.Contracts;
using Platform.Domain.Matches;

namespace Platform.Infrastructure.Matches;

internal sealed class MatchRepository(PlatformDbContext context) : IMatchRepository
{
    public Task<Match?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Match>().SingleOrDefaultAsync(match => match.Id == id, cancellationToken);

    public async Task<int> CountOverlappingAsync(Guid playgroundId, DateTimeOffset from, DateTimeOffset to, Guid? exceptMatchId, CancellationToken cancellationToken)
    {
        // Bookings of one playground take turns until their transactions end (the unit of work's): the count is then true.
        await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({playgroundId.ToString()}, 18))", cancellationToken);
        return await context.Set<Match>().CountAsync(
            match => match.PlaygroundId == playgroundId && match.Id != exceptMatchId
                && match.Status != MatchStatus.Cancelled && match.Status != MatchStatus.NotNeeded
                && match.ScheduledAt < to && match.EndsAt > from,
            cancellationToken);
    }

    public async Task<IReadOnlyList<Match>> ListAsync(MatchFilter filter, MatchCursor? after, int limit, CancellationToken cancellationToken)
    {
        var matches = context.Set<Match>().AsNoTracking();
        if (filter.TeamId is { } teamId)
        {
            matches = matches.Where(match => match.HomeTeamId == teamId || match.AwayTeamId == teamId);
        }

        if (filter.Status is { } status)
        {
            matches = matches.Where(match => match.Status == status);
        }

        if (filter.From is { } from)
        {
            matches = matches.Where(match => (match.ScheduledAt ?? match.CreatedAt) >= from);
        }

        if (filter.To is { } to)
        {
            matches = matches.Where(match => (match.ScheduledAt ?? match.CreatedAt) < to);
        }

        if (after is not null)
        {
            matches = matches.Where(match => EF.Functions.GreaterThan(ValueTuple.Create(match.ScheduledAt ?? match.CreatedAt, match.Id), ValueTuple.Create(after.ScheduledAt, after.Id)));
        }

        return await matches.OrderBy(match => match.ScheduledAt ?? match.CreatedAt).ThenBy(match => match.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Match>> ListOfTournamentAsync(Guid tournamentId, CancellationToken cancellationToken)
    {
        var loaded = await context.Set<Match>().AsNoTracking().Where(match => match.TournamentId == tournamentId).ToListAsync(cancellationToken);

        // Sides are stored by name; bracket order is the enum's.
        return [.. loaded.OrderBy(match => match.Side).ThenBy(match => match.Round).ThenBy(match => match.Number)];
    }

    public async Task<IReadOnlyList<TournamentMatchCard>> ListCardsOfTournamentAsync(Guid tournamentId, CancellationToken cancellationToken)
    {
        var rows = await context.Set<Match>().AsNoTracking()
            .Where(match => match.TournamentId == tournamentId)
            .Select(match => new
            {
                match.Id, match.Side, match.Round, match.Number, match.HomeTeamId, match.AwayTeamId, match.Status, match.ForfeitedBy,
                HomeScore = (int?)match.Result!.HomeScore, AwayScore = (int?)match.Result!.AwayScore, ResultWinner = match.Result!.WinnerTeamId,
            })
            .ToListAsync(cancellationToken);
        // What this unit of work holds wins over what is stored: a result it decided, a match it seated, added or removed.
        var held = context.ChangeTracker.Entries<Match>().Where(entry => entry.Entity.TournamentId == tournamentId).ToDictionary(entry => entry.Entity.Id);
        var stored = rows.Where(row => !held.ContainsKey(row.Id)).Select(row => new TournamentMatchCard(
            row.Id, row.Side, row.Round!.Value, row.Number!.Value, row.HomeTeamId, row.AwayTeamId, row.Status, row.HomeScore, row.AwayScore,
            row.Status switch
            {
                MatchStatus.Completed => row.ResultWinner,
                MatchStatus.Forfeit => new[] { row.HomeTeamId, row.AwayTeamId }.OfType<Guid>().Where(team => !row.ForfeitedBy.Contains(team)).ToList() is [var winner] ? winner : null,
                _ => null,
            },
            row.ForfeitedBy));
        var changed = held.Values.Where(entry => entry.State != EntityState.Deleted).Select(entry => entry.Entity).Select(match => new TournamentMatchCard(
            match.Id, match.Side, match.Round!.Value, match.Number!.Value, match.HomeTeamId, match.AwayTeamId, match.Status,
            match.Result?.HomeScore, match.Result?.AwayScore, match.WinnerTeamId, match.ForfeitedBy));
        return [.. stored.Concat(changed).OrderBy(card => card.Side).ThenBy(card => card.Round).ThenBy(card => card.Number)];
    }

    public async Task<IReadOnlyList<Match>> ListOpenFriendliesOfAsync(Guid teamId, CancellationToken cancellationToken) =>
        await context.Set<Match>()
            .Where(match => match.TournamentId == null && (match.HomeTeamId == teamId || match.AwayTeamId == teamId)
                && match.Status != MatchStatus.Completed && match.Status != MatchStatus.Forfeit && match.Status != MatchStatus.Cancelled)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Match>> DueForConfirmationAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await context.Set<Match>()
            .Where(match => match.Status == MatchStatus.AwaitingConfirmation && match.ConfirmationDeadline <= now)
            .OrderBy(match => match.ConfirmationDeadline).Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(Match match) => context.Set<Match>().Add(match);

    public void Remove(Match match) => context.Set<Match>().Remove(match);
}

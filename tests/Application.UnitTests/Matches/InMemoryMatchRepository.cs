using Platform.Application.Matches;
using Platform.Application.Matches.Contracts;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Matches;

namespace Platform.Application.UnitTests.Matches;

/// <summary>The Matches repository port over a list, for handler tests through <c>PipelineHost</c>.</summary>
public sealed class InMemoryMatchRepository(FakeUnitOfWork unitOfWork) : IMatchRepository
{
    public List<Match> Items { get; } = [];

    public Task<Match?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var match = Items.Find(candidate => candidate.Id == id);
        if (match is not null)
        {
            unitOfWork.Track(match);
        }

        return Task.FromResult(match);
    }

    public Task<int> CountOverlappingAsync(Guid playgroundId, DateTimeOffset from, DateTimeOffset to, Guid? exceptMatchId, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Count(match => match.PlaygroundId == playgroundId && match.Id != exceptMatchId
            && match.Status is not (MatchStatus.Cancelled or MatchStatus.NotNeeded) && match.ScheduledAt < to && match.EndsAt > from));

    public Task<IReadOnlyList<Match>> ListAsync(MatchFilter filter, MatchCursor? after, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Match>>(Items
            .Where(match => filter.TeamId is null || match.Involves(filter.TeamId.Value))
            .Where(match => filter.Status is null || match.Status == filter.Status)
            .Where(match => after is null || match.ScheduledAt > after.ScheduledAt || (match.ScheduledAt == after.ScheduledAt && match.Id.CompareTo(after.Id) > 0))
            .OrderBy(match => match.ScheduledAt).ThenBy(match => match.Id).Take(limit).ToList());

    public Task<IReadOnlyList<Match>> ListOfTournamentAsync(Guid tournamentId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Match>>([.. Items.Where(match => match.TournamentId == tournamentId).OrderBy(match => match.Side).ThenBy(match => match.Round).ThenBy(match => match.Number)]);

    public Task<IReadOnlyList<TournamentMatchCard>> ListCardsOfTournamentAsync(Guid tournamentId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TournamentMatchCard>>([.. Items.Where(match => match.TournamentId == tournamentId)
            .OrderBy(match => match.Side).ThenBy(match => match.Round).ThenBy(match => match.Number)
            .Select(match => new TournamentMatchCard(match.Id, match.Side, match.Round!.Value, match.Number!.Value, match.HomeTeamId, match.AwayTeamId, match.Status,
                match.Result?.HomeScore, match.Result?.AwayScore, match.WinnerTeamId, match.ForfeitedBy))]);

    public Task<IReadOnlyList<Match>> ListOpenFriendliesOfAsync(Guid teamId, CancellationToken cancellationToken)
    {
        var open = Items.Where(match => match.TournamentId is null && match.Involves(teamId) && !match.IsDecided && match.Status != MatchStatus.Cancelled).ToList();
        open.ForEach(unitOfWork.Track);
        return Task.FromResult<IReadOnlyList<Match>>(open);
    }

    public Task<IReadOnlyList<Match>> DueForConfirmationAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var due = Items.Where(match => match.Status == MatchStatus.AwaitingConfirmation && match.ConfirmationDeadline <= now).Take(limit).ToList();
        due.ForEach(unitOfWork.Track);
        return Task.FromResult<IReadOnlyList<Match>>(due);
    }

    public void Add(Match match)
    {
        unitOfWork.Track(match);
        Items.Add(match);
    }

    public void Remove(Match match)
    {
        unitOfWork.Track(match);
        Items.Remove(match);
    }
}

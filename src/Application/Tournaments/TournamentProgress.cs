using Platform.Application.Common.Events;
using Platform.Application.Matches.Contracts;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Matches;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments;

/// <summary>
/// Brings a tournament's matches up to date with its results (ADR 50), in the transaction that changed them: the
/// decided matches are replayed in plan order and the seeds withdrawn since the start taken out; then the teams the
/// bracket now sends are seated, the matches nobody plays are decided without play (a withdrawn team's forfeits,
/// walkovers), a reset nobody needs is set aside, and the tournament completes with its placings once every match is
/// decided. Round robin and Swiss: a withdrawn team's open games are forfeit to its opponents, and the tournament
/// completes with its standings after its last game. Results of one tournament take turns under its lock, and each
/// run replays everything stored, so results that come in at once advance it once each, in any order.
/// </summary>
internal sealed class TournamentProgress(ITournamentRepository tournaments, ITournamentMatches matches, TimeProvider clock)
    : IInTransactionHandler<MatchCompleted>, IInTransactionHandler<MatchForfeited>, IInTransactionHandler<MatchResultRevised>
{
    /// <summary>
    /// A result edit that names a new winner resets what followed from the old one (ADR 50): the matches it fed go back
    /// to pending (a Swiss's later rounds are taken away, to be paired again), a completed tournament is under way again,
    /// and the bracket is advanced from the results that stand.
    /// </summary>
    public async Task HandleAsync(MatchResultRevised domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.TournamentId is not { } tournamentId || domainEvent.PreviousWinnerTeamId == domainEvent.WinnerTeamId
            || await tournaments.FindForUpdateAsync(tournamentId, cancellationToken) is not { State: TournamentState.InProgress or TournamentState.Completed } tournament)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var cards = await matches.ListAsync(tournamentId, cancellationToken);
        foreach (var later in TournamentDownstream.Of(tournament, cards, cards.Single(card => card.Id == domainEvent.MatchId)))
        {
            await (tournament.Settings.Format == TournamentFormat.Swiss
                ? matches.DiscardAsync(later.Id, now, cancellationToken)
                : matches.ReopenAsync(later.Id, now, cancellationToken));
        }

        tournament.Reopen(now);
        await AdvanceAsync(tournamentId, cancellationToken);
    }

    public Task HandleAsync(MatchCompleted domainEvent, CancellationToken cancellationToken) =>
        domainEvent.TournamentId is { } tournamentId ? AdvanceAsync(tournamentId, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(MatchForfeited domainEvent, CancellationToken cancellationToken) =>
        domainEvent.TournamentId is { } tournamentId ? AdvanceAsync(tournamentId, cancellationToken) : Task.CompletedTask;

    /// <summary>Advances the tournament, if it is in progress, after one of its results or withdrawals.</summary>
    public async Task AdvanceAsync(Guid tournamentId, CancellationToken cancellationToken)
    {
        if (await tournaments.FindForUpdateAsync(tournamentId, cancellationToken) is not { State: TournamentState.InProgress } tournament)
        {
            return;
        }

        var cards = await matches.ListAsync(tournamentId, cancellationToken);
        var now = clock.GetUtcNow();
        var field = tournament.Seeded;
        var placings = tournament.Settings.Format is TournamentFormat.SingleElimination or TournamentFormat.DoubleElimination
            ? await AdvanceBracketAsync(tournament, field, cards, now, cancellationToken)
            : await AdvanceTableAsync(tournament, field, cards, now, cancellationToken);
        if (placings is not null)
        {
            tournament.Complete([.. placings.Select(seed => field[seed - 1].Id)], now);
        }
    }

    /// <summary>Seats, decides without play and sets aside what the results now settle; answers the placings (seeds) once every match is decided.</summary>
    private async Task<IReadOnlyList<int>?> AdvanceBracketAsync(
        Tournament tournament, IReadOnlyList<TournamentEntry> field, IReadOnlyList<TournamentMatchCard> cards, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = TournamentDraw.Of(tournament.Settings, field.Count).Value.Bracket;
        var seedOf = field.ToDictionary(entry => entry.TeamId, entry => entry.Seed!.Value);
        var card = cards.ToDictionary(match => new MatchRef(match.Side!.Value, match.Round, match.Number));
        var progress = new BracketProgress(plan);
        foreach (var planned in plan.Where(planned => card[planned.Ref].IsDecided && !progress.Results.ContainsKey(planned.Ref)))
        {
            var decided = card[planned.Ref];
            var replayed = decided.Status == MatchStatus.Forfeit
                ? progress.Forfeit(planned.Ref, [.. decided.ForfeitedBy.Select(team => seedOf[team])])
                : progress.Decide(planned.Ref, seedOf[decided.WinnerTeamId!.Value]);
            if (!replayed.IsSuccess)
            {
                throw new InvalidOperationException($"The stored result of {planned.Ref} does not replay: {replayed.Error.Code}.");
            }
        }

        foreach (var seed in tournament.WithdrawnSeeds)
        {
            progress.Withdraw(seed);
        }

        foreach (var planned in plan)
        {
            var match = card[planned.Ref];
            var (home, away) = progress.Sides(planned.Ref);
            if (match.IsDecided || match.Status == MatchStatus.NotNeeded)
            {
                continue;
            }

            if (progress.Results.ContainsKey(planned.Ref))
            {
                // Settled without play: the withdrawn side(s) forfeit; with nobody withdrawn, the other side never comes.
                var absent = new[] { home, away }.OfType<int>().Where(tournament.WithdrawnSeeds.Contains).Select(seed => field[seed - 1].TeamId).ToList();
                await matches.AwardWithoutPlayAsync(match.Id, TeamOf(field, home), TeamOf(field, away), absent, now, cancellationToken);
            }
            else if (progress.IsNotNeeded(planned.Ref))
            {
                await matches.SetNotNeededAsync(match.Id, now, cancellationToken);
            }
            else if (match.Status == MatchStatus.Pending && (match.HomeTeamId != TeamOf(field, home) || match.AwayTeamId != TeamOf(field, away) || (home, away) is ({ }, { })))
            {
                await matches.SeatAsync(match.Id, TeamOf(field, home), TeamOf(field, away), now, cancellationToken);
            }
        }

        var over = plan.All(planned => progress.Results.ContainsKey(planned.Ref) || progress.IsNotNeeded(planned.Ref));
        return over ? EliminationPlacings.Of(plan, progress, field.Count) : null;
    }

    /// <summary>Forfeits a withdrawn team's open games; answers the placings (by the standings) once the last game is decided.</summary>
    private async Task<IReadOnlyList<int>?> AdvanceTableAsync(
        Tournament tournament, IReadOnlyList<TournamentEntry> field, IReadOnlyList<TournamentMatchCard> cards, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var withdrawn = tournament.WithdrawnSeeds.Select(seed => field[seed - 1].TeamId).ToHashSet();
        foreach (var open in cards.Where(card => !card.IsDecided))
        {
            var absent = new[] { open.HomeTeamId, open.AwayTeamId }.OfType<Guid>().Where(withdrawn.Contains).ToList();
            if (absent.Count > 0)
            {
                await matches.AwardWithoutPlayAsync(open.Id, open.HomeTeamId, open.AwayTeamId, absent, now, cancellationToken);
            }
        }

        var current = await matches.ListAsync(tournament.Id, cancellationToken);
        return TournamentTable.IsOver(tournament.Settings, current) ? [.. TournamentTable.StandingsOf(tournament, current).Select(standing => standing.Entrant)] : null;
    }

    private static Guid? TeamOf(IReadOnlyList<TournamentEntry> field, int? seed) => seed is { } number ? field[number - 1].TeamId : null;
}

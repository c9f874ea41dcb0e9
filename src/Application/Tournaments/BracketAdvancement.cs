using Platform.Application.Common.Events;
using Platform.Application.Matches.Contracts;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Matches;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments;

/// <summary>
/// Advances a tournament when one of its matches is decided, in the transaction that decided it: the teams the
/// bracket now sends are seated in the matches they reach, a reset nobody needs is set aside, and the tournament
/// completes with its placings once every match is decided. Results of one tournament take turns under its lock
/// (<see cref="ITournamentRepository.FindForUpdateAsync"/>), and each replays every decided match from the stored
/// results, so concurrent confirmations advance the bracket once, whatever their order. A round robin or Swiss
/// completes when its last game is decided, placed by its standings.
/// </summary>
internal sealed class BracketAdvancement(ITournamentRepository tournaments, ITournamentMatches matches, TimeProvider clock)
    : IInTransactionHandler<MatchCompleted>
{
    public async Task HandleAsync(MatchCompleted domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.TournamentId is not { } tournamentId
            || await tournaments.FindForUpdateAsync(tournamentId, cancellationToken) is not { State: TournamentState.InProgress } tournament)
        {
            return;
        }

        var cards = await matches.ListAsync(tournamentId, forUpdate: true, cancellationToken);
        var now = clock.GetUtcNow();
        var field = tournament.Seeded;
        var placings = tournament.Settings.Format is TournamentFormat.SingleElimination or TournamentFormat.DoubleElimination
            ? await AdvanceBracketAsync(tournament, field, cards, now, cancellationToken)
            : TournamentTable.IsOver(tournament.Settings, cards) ? [.. TournamentTable.StandingsOf(tournament, cards).Select(standing => standing.Entrant)] : null;
        if (placings is not null)
        {
            tournament.Complete([.. placings.Select(seed => field[seed - 1].Id)], now);
        }
    }

    /// <summary>Seats and sets aside what the results now settle; answers the placings (seeds) once every match is decided.</summary>
    private async Task<IReadOnlyList<int>?> AdvanceBracketAsync(
        Tournament tournament, IReadOnlyList<TournamentEntry> field, IReadOnlyList<TournamentMatchCard> cards, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = TournamentDraw.Of(tournament.Settings, field.Count).Value.Bracket;
        var seedOf = field.ToDictionary(entry => entry.TeamId, entry => entry.Seed!.Value);
        var card = cards.ToDictionary(match => new MatchRef(match.Side!.Value, match.Round, match.Number));
        var progress = new BracketProgress(plan);
        foreach (var planned in plan)
        {
            if (card[planned.Ref] is { IsDecided: true, WinnerTeamId: { } winner })
            {
                progress.Decide(planned.Ref, seedOf[winner]);
            }
        }

        foreach (var planned in plan)
        {
            var match = card[planned.Ref];
            if (match.Status != MatchStatus.Pending)
            {
                continue;
            }

            if (progress.IsNotNeeded(planned.Ref))
            {
                await matches.SetNotNeededAsync(match.Id, now, cancellationToken);
                continue;
            }

            var (home, away) = progress.Sides(planned.Ref);
            await matches.SeatAsync(match.Id, TeamOf(field, home), TeamOf(field, away), now, cancellationToken);
        }

        var over = plan.All(planned => progress.Results.ContainsKey(planned.Ref) || progress.IsNotNeeded(planned.Ref));
        return over ? EliminationPlacings.Of(plan, progress, field.Count) : null;
    }

    private static Guid? TeamOf(IReadOnlyList<TournamentEntry> field, int? seed) => seed is { } number ? field[number - 1].TeamId : null;
}

using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.StartNextRound;

/// <summary>
/// An organiser draws a Swiss's next round once the current one is decided: pairings within score groups, no pair
/// twice, the bye to the lowest-ranked entrant without one (ADR 48).
/// </summary>
public sealed record StartNextRoundCommand(Guid Id, Guid UserId) : ICommand<TournamentResponse>;

internal sealed class StartNextRoundHandler(ITournamentRepository tournaments, ITournamentMatches matches, TimeProvider clock, IMapper mapper)
    : IRequestHandler<StartNextRoundCommand, Result<TournamentResponse>>
{
    public async Task<Result<TournamentResponse>> Handle(StartNextRoundCommand request, CancellationToken cancellationToken)
    {
        if (await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is not { } tournament)
        {
            return TournamentsErrors.NotFound;
        }

        if (!tournament.IsOrganiser(request.UserId))
        {
            return TournamentsErrors.PermissionDenied;
        }

        if (tournament.State != TournamentState.InProgress)
        {
            return tournament.State is TournamentState.Draft or TournamentState.Registration ? TournamentsErrors.NotStarted : TournamentsErrors.Finished;
        }

        if (tournament.Settings.Format != TournamentFormat.Swiss)
        {
            return TournamentsErrors.NotSwiss;
        }

        var cards = await matches.ListAsync(tournament.Id, cancellationToken);
        if (cards.Any(card => !card.IsDecided))
        {
            return TournamentsErrors.RoundNotComplete;
        }

        var played = cards.Max(card => card.Round);
        if (played >= tournament.Settings.SwissRounds)
        {
            return TournamentsErrors.AllRoundsPlayed;
        }

        var field = tournament.Seeded;
        var pairing = SwissPairing.Next(field.Count, TournamentTable.RoundsOf(field, cards), tournament.Settings.Points, tournament.WithdrawnSeeds);
        if (!pairing.IsSuccess)
        {
            return pairing.Error;
        }

        var terms = new TournamentMatchTerms(DrawAllowed: true, tournament.Settings.ConfirmationWindow);
        matches.Plan(tournament.Id, tournament.Sport, terms, TournamentDraw.Games(played + 1, pairing.Value.Pairings).Select(game =>
            new PlannedTournamentMatch(null, game.Round, game.Number, field[((BracketSlot.Seed)game.Home).Number - 1].TeamId, field[((BracketSlot.Seed)game.Away).Number - 1].TeamId)),
            clock.GetUtcNow());
        return mapper.Map<TournamentResponse>(tournament);
    }
}

using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.StartTournament;

/// <summary>
/// An organiser starts the tournament with its accepted entries as seeded: registration closes, the drawing of lots is
/// recorded, and the draw is made in the same transaction (a whole elimination bracket, every round-robin round, or a
/// Swiss's round 1).
/// </summary>
public sealed record StartTournamentCommand(Guid Id, Guid UserId) : ICommand<TournamentResponse>;

internal sealed class StartTournamentHandler(ITournamentRepository tournaments, ITournamentMatches matches, TimeProvider clock, IMapper mapper)
    : IRequestHandler<StartTournamentCommand, Result<TournamentResponse>>
{
    public async Task<Result<TournamentResponse>> Handle(StartTournamentCommand request, CancellationToken cancellationToken)
    {
        if (await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is not { } tournament)
        {
            return TournamentsErrors.NotFound;
        }

        var lots = Enumerable.Range(1, tournament.Seeded.Count).ToArray();
        Random.Shared.Shuffle(lots);
        var now = clock.GetUtcNow();
        var started = tournament.Start(request.UserId, lots, now);
        if (!started.IsSuccess)
        {
            return started.Error;
        }

        var draw = TournamentDraw.Of(tournament.Settings, started.Value.Count);
        if (!draw.IsSuccess)
        {
            return draw.Error;
        }

        var teamOfSeed = started.Value.ToDictionary(entry => entry.Seed!.Value, entry => entry.TeamId);
        Guid? TeamOf(BracketSlot slot) => slot is BracketSlot.Seed seed ? teamOfSeed[seed.Number] : null;
        var terms = new TournamentMatchTerms(
            DrawAllowed: tournament.Settings.Format is TournamentFormat.RoundRobin or TournamentFormat.Swiss, tournament.Settings.ConfirmationWindow);
        matches.Plan(tournament.Id, tournament.Sport, terms,
            draw.Value.Matches.Select(match => new PlannedTournamentMatch(match.Side, match.Round, match.Number, TeamOf(match.Home), TeamOf(match.Away))), now);
        return mapper.Map<TournamentResponse>(tournament);
    }
}

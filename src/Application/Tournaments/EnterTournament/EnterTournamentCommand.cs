using MapsterMapper;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.EnterTournament;

/// <summary>A captain enters their team: the entry is pending until an organiser decides it.</summary>
public sealed record EnterTournamentCommand(Guid? TeamId) : ICommand<EntryResponse>
{
    /// <summary>The tournament, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }
}

internal sealed class EnterTournamentHandler(ITournamentRepository tournaments, ITeamDirectory teams, TimeProvider clock, IMapper mapper)
    : IRequestHandler<EnterTournamentCommand, Result<EntryResponse>>
{
    public async Task<Result<EntryResponse>> Handle(EnterTournamentCommand request, CancellationToken cancellationToken)
    {
        if (await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is not { } tournament)
        {
            return TournamentsErrors.NotFound;
        }

        if (await teams.FindAsync(request.TeamId!.Value, cancellationToken) is not { } team)
        {
            return TournamentsErrors.TeamNotFound;
        }

        return tournament.Enter(new EntrantTeam(team.Id, team.Sport, team.CaptainId, team.MemberIds), request.UserId, clock.GetUtcNow())
            .Map(mapper.Map<EntryResponse>);
    }
}

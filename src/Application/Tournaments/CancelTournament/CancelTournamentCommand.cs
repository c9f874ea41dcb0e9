using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.CancelTournament;

/// <summary>Calls off a tournament that is not over, if the caller organises it; the matches played stay.</summary>
public sealed record CancelTournamentCommand(Guid Id, Guid UserId) : ICommand<TournamentResponse>;

internal sealed class CancelTournamentHandler(ITournamentRepository tournaments, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CancelTournamentCommand, Result<TournamentResponse>>
{
    public async Task<Result<TournamentResponse>> Handle(CancelTournamentCommand request, CancellationToken cancellationToken) =>
        await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is { } tournament
            ? tournament.Cancel(request.UserId, clock.GetUtcNow()).Map(mapper.Map<TournamentResponse>)
            : TournamentsErrors.NotFound;
}

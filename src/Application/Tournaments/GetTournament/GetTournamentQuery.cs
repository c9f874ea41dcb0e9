using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.GetTournament;

/// <summary>One tournament; every signed-in user reads every tournament.</summary>
public sealed record GetTournamentQuery(Guid Id) : IQuery<TournamentResponse>;

internal sealed class GetTournamentHandler(ITournamentRepository tournaments, IMapper mapper)
    : IRequestHandler<GetTournamentQuery, Result<TournamentResponse>>
{
    public async Task<Result<TournamentResponse>> Handle(GetTournamentQuery request, CancellationToken cancellationToken) =>
        await tournaments.FindAsync(request.Id, cancellationToken) is { } tournament ? mapper.Map<TournamentResponse>(tournament) : TournamentsErrors.NotFound;
}

using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.OpenRegistration;

/// <summary>Opens a draft tournament's registration, if the caller organises it; captains can enter from then on.</summary>
public sealed record OpenRegistrationCommand(Guid Id, Guid UserId) : ICommand<TournamentResponse>;

internal sealed class OpenRegistrationHandler(ITournamentRepository tournaments, TimeProvider clock, IMapper mapper)
    : IRequestHandler<OpenRegistrationCommand, Result<TournamentResponse>>
{
    public async Task<Result<TournamentResponse>> Handle(OpenRegistrationCommand request, CancellationToken cancellationToken) =>
        await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is { } tournament
            ? tournament.OpenRegistration(request.UserId, clock.GetUtcNow()).Map(mapper.Map<TournamentResponse>)
            : TournamentsErrors.NotFound;
}

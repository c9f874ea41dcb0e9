using MapsterMapper;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.AddOrganiser;

/// <summary>An organiser shares the organising with another user (at most 20 organisers); adding one twice changes nothing.</summary>
public sealed record AddOrganiserCommand(Guid? UserId) : ICommand<TournamentResponse>
{
    /// <summary>The tournament, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid ActorId { get; init; }
}

internal sealed class AddOrganiserHandler(ITournamentRepository tournaments, IUserDirectory users, TimeProvider clock, IMapper mapper)
    : IRequestHandler<AddOrganiserCommand, Result<TournamentResponse>>
{
    public async Task<Result<TournamentResponse>> Handle(AddOrganiserCommand request, CancellationToken cancellationToken)
    {
        if (await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is not { } tournament)
        {
            return TournamentsErrors.NotFound;
        }

        if (tournament.IsOrganiser(request.ActorId) && await users.FindAsync(request.UserId!.Value, cancellationToken) is null)
        {
            return TournamentsErrors.OrganiserNotFound;
        }

        return tournament.AddOrganiser(request.ActorId, request.UserId!.Value, clock.GetUtcNow()).Map(mapper.Map<TournamentResponse>);
    }
}

using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.RemoveOrganiser;

/// <summary>An organiser takes another organiser off the tournament, or leaves it; the last organiser stays.</summary>
public sealed record RemoveOrganiserCommand(Guid Id, Guid UserId, Guid ActorId) : ICommand<Unit>;

internal sealed class RemoveOrganiserHandler(ITournamentRepository tournaments, TimeProvider clock)
    : IRequestHandler<RemoveOrganiserCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RemoveOrganiserCommand request, CancellationToken cancellationToken)
    {
        if (await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is not { } tournament)
        {
            return TournamentsErrors.NotFound;
        }

        return tournament.RemoveOrganiser(request.ActorId, request.UserId, clock.GetUtcNow()).Map(_ => Unit.Value);
    }
}

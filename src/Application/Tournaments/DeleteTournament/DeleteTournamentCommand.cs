using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.DeleteTournament;

/// <summary>Deletes a tournament that has not started, with its entries, if the caller organises it (after the start, cancel it).</summary>
public sealed record DeleteTournamentCommand(Guid Id, Guid UserId) : ICommand<Unit>;

internal sealed class DeleteTournamentHandler(ITournamentRepository tournaments)
    : IRequestHandler<DeleteTournamentCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DeleteTournamentCommand request, CancellationToken cancellationToken)
    {
        if (await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is not { } tournament)
        {
            return TournamentsErrors.NotFound;
        }

        var deleted = tournament.Delete(request.UserId);
        if (!deleted.IsSuccess)
        {
            return deleted.Error;
        }

        tournaments.Remove(tournament);
        return Unit.Value;
    }
}

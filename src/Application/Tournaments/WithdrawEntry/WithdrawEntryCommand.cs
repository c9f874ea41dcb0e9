using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.WithdrawEntry;

/// <summary>
/// An organiser or the team's captain withdraws an entry. Before the start the seeds close up and the first waitlisted
/// entry takes the place; after it the team's open matches are forfeit to its opponents, now and as each comes.
/// </summary>
public sealed record WithdrawEntryCommand(Guid Id, Guid EntryId, Guid UserId) : ICommand<EntryResponse>;

internal sealed class WithdrawEntryHandler(ITournamentRepository tournaments, TournamentProgress progress, TimeProvider clock, IMapper mapper)
    : IRequestHandler<WithdrawEntryCommand, Result<EntryResponse>>
{
    public async Task<Result<EntryResponse>> Handle(WithdrawEntryCommand request, CancellationToken cancellationToken)
    {
        if (await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is not { } tournament)
        {
            return TournamentsErrors.NotFound;
        }

        var withdrawn = tournament.Withdraw(request.UserId, request.EntryId, clock.GetUtcNow());
        if (withdrawn.IsSuccess && tournament.State == TournamentState.InProgress)
        {
            await progress.AdvanceAsync(tournament.Id, cancellationToken);
        }

        return withdrawn.Map(mapper.Map<EntryResponse>);
    }
}

using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.WithdrawEntry;

/// <summary>Before the start an organiser or the team's captain withdraws an entry: the seeds close up and the first waitlisted entry takes the place.</summary>
public sealed record WithdrawEntryCommand(Guid Id, Guid EntryId, Guid UserId) : ICommand<EntryResponse>;

internal sealed class WithdrawEntryHandler(ITournamentRepository tournaments, TimeProvider clock, IMapper mapper)
    : IRequestHandler<WithdrawEntryCommand, Result<EntryResponse>>
{
    public async Task<Result<EntryResponse>> Handle(WithdrawEntryCommand request, CancellationToken cancellationToken) =>
        await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is { } tournament
            ? tournament.WithdrawBeforeStart(request.UserId, request.EntryId, clock.GetUtcNow()).Map(mapper.Map<EntryResponse>)
            : TournamentsErrors.NotFound;
}

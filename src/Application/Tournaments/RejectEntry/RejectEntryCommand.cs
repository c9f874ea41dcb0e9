using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.RejectEntry;

/// <summary>An organiser rejects a pending entry.</summary>
public sealed record RejectEntryCommand(Guid Id, Guid EntryId, Guid UserId) : ICommand<EntryResponse>;

internal sealed class RejectEntryHandler(ITournamentRepository tournaments, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RejectEntryCommand, Result<EntryResponse>>
{
    public async Task<Result<EntryResponse>> Handle(RejectEntryCommand request, CancellationToken cancellationToken) =>
        await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is { } tournament
            ? tournament.RejectEntry(request.UserId, request.EntryId, clock.GetUtcNow()).Map(mapper.Map<EntryResponse>)
            : TournamentsErrors.NotFound;
}

using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.AcceptEntry;

/// <summary>An organiser accepts a pending entry: into the field while there is room, else onto the waitlist.</summary>
public sealed record AcceptEntryCommand(Guid Id, Guid EntryId, Guid UserId) : ICommand<EntryResponse>;

internal sealed class AcceptEntryHandler(ITournamentRepository tournaments, TimeProvider clock, IMapper mapper)
    : IRequestHandler<AcceptEntryCommand, Result<EntryResponse>>
{
    public async Task<Result<EntryResponse>> Handle(AcceptEntryCommand request, CancellationToken cancellationToken) =>
        await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is { } tournament
            ? tournament.AcceptEntry(request.UserId, request.EntryId, clock.GetUtcNow()).Map(mapper.Map<EntryResponse>)
            : TournamentsErrors.NotFound;
}

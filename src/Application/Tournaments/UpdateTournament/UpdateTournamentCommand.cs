using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.UpdateTournament;

/// <summary>
/// Replaces a tournament's name, city and settings before its start, if the caller organises it and their copy
/// (<see cref="ExpectedVersion"/>, from If-Match) is current. The sport stays.
/// </summary>
public sealed record UpdateTournamentCommand(string? Name, string? City, TournamentSettingsInput? Settings) : ICommand<TournamentResponse>
{
    /// <summary>The tournament, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }

    /// <summary>The version the caller's copy has, set by the endpoint from If-Match.</summary>
    public required long ExpectedVersion { get; init; }
}

internal sealed class UpdateTournamentHandler(ITournamentRepository tournaments, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateTournamentCommand, Result<TournamentResponse>>
{
    public async Task<Result<TournamentResponse>> Handle(UpdateTournamentCommand request, CancellationToken cancellationToken)
    {
        if (await tournaments.FindForUpdateAsync(request.Id, cancellationToken) is not { } tournament)
        {
            return TournamentsErrors.NotFound;
        }

        if (!tournament.IsOrganiser(request.UserId))
        {
            return TournamentsErrors.PermissionDenied;
        }

        if (!tournament.IsAtVersion(request.ExpectedVersion))
        {
            return TournamentsErrors.VersionMismatch;
        }

        return request.Settings!.ToSettings()
            .Bind(settings => tournament.Update(request.UserId, request.Name, request.City, settings, clock.GetUtcNow()))
            .Map(mapper.Map<TournamentResponse>);
    }
}

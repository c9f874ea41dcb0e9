using MapsterMapper;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.CreateTournament;

/// <summary>Creates a draft tournament the caller organises.</summary>
public sealed record CreateTournamentCommand(string? Name, string? Sport, string? City, TournamentSettingsInput? Settings) : ICommand<TournamentResponse>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }
}

internal sealed class CreateTournamentHandler(ITournamentRepository tournaments, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateTournamentCommand, Result<TournamentResponse>>
{
    public Task<Result<TournamentResponse>> Handle(CreateTournamentCommand request, CancellationToken cancellationToken)
    {
        var created = request.Settings!.ToSettings()
            .Bind(settings => Tournament.Create(request.UserId, request.Name, request.Sport, request.City, settings, clock.GetUtcNow()));
        if (created.IsSuccess)
        {
            tournaments.Add(created.Value);
        }

        return Task.FromResult(created.Map(mapper.Map<TournamentResponse>));
    }
}

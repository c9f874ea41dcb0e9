using System.ComponentModel.DataAnnotations;
using Platform.Application.Tournaments;
using Platform.Application.Tournaments.CreateTournament;
using Platform.Domain.Community;
using Platform.Domain.Community.Brackets;

namespace Platform.Api.Modules.Tournaments;

internal static class CreateTournamentEndpoint
{
    public static RouteHandlerBuilder MapCreateTournament(this IEndpointRouteBuilder group) =>
        group.MapPost("", async Task<Results<Created<TournamentResponse>, ProblemHttpResult>> (
                CreateTournamentRequest body, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CreateTournamentCommand(body.Name, body.Sport, body.City, body.Settings?.ToInput()) { UserId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Create a draft tournament; you organise it")
            .WithDescription("Settings by format: `thirdPlaceMatch` for single elimination, `grandFinal` (reset or single) for double elimination, `doubleRoundRobin` for round robin, `rounds` (required) for Swiss; `tieBreaks` only for round robin and Swiss. A setting of another format, a Swiss with `rounds` ≥ `capacity` (422 `swiss_rounds_too_many`) or points where a win is worth less than a draw are refused. Open registration with `POST /{id}/registration`. Answers 201 with the tournament and its Location.")
            .WithName("CreateTournament")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>A new tournament.</summary>
/// <param name="Name">1 to 100 characters after trimming.</param>
/// <param name="Sport">The sport's code; only its teams enter.</param>
/// <param name="City">Where it is played, 1 to 100 characters.</param>
/// <param name="Settings">How it is played.</param>
public sealed record CreateTournamentRequest(
    string? Name,
    [property: ValuesFrom(typeof(Sports), nameof(Sports.All))] string? Sport,
    string? City,
    TournamentSettingsRequest? Settings);

/// <summary>How a tournament is to be played; absent values take their defaults.</summary>
/// <param name="Format">single_elimination, double_elimination, round_robin or swiss.</param>
/// <param name="Capacity">The most entries in the field: 2 to 1,024, 16 when absent; accepted entries past it wait on the waitlist.</param>
/// <param name="MinimumRoster">The fewest players an entering team has: 1 to 100, 1 when absent.</param>
/// <param name="ConfirmationWindowHours">How long a reported result waits for the other side before it stands: 1 to 168 hours, 24 when absent.</param>
/// <param name="ThirdPlaceMatch">Single elimination only: the semi-finals' losers play for third place (needs 4 entrants).</param>
/// <param name="GrandFinal">Double elimination only: reset (the default: a second final when the losers' side champion wins the first) or single.</param>
/// <param name="DoubleRoundRobin">Round robin only: every pair meets twice, home and away swapped.</param>
/// <param name="Rounds">Swiss only, and required there: 1 to entrants - 1.</param>
/// <param name="Points">Standings' points for a win, draw, loss and bye (3, 1, 0, 3 when absent), each -100 to 100, a win at least a draw, a draw at least a loss.</param>
/// <param name="TieBreaks">Round robin and Swiss only: buchholz, sonneborn_berger and head_to_head in the order they apply, each once; then the drawing of lots. Absent: a Swiss breaks ties by buchholz, sonneborn_berger, head_to_head, a round robin by head_to_head, sonneborn_berger; [] leaves them to the lots.</param>
public sealed record TournamentSettingsRequest(
    [property: ValuesFrom(typeof(TournamentNames), nameof(TournamentNames.Formats))] string? Format,
    [property: Range(2, TournamentSettings.MaxCapacity)] int? Capacity = null,
    [property: Range(1, TournamentSettings.MaxMinimumRoster)] int? MinimumRoster = null,
    [property: Range(1, TournamentSettings.MaxConfirmationWindowHours)] int? ConfirmationWindowHours = null,
    bool? ThirdPlaceMatch = null,
    [property: ValuesFrom(typeof(TournamentNames), nameof(TournamentNames.GrandFinals))] string? GrandFinal = null,
    bool? DoubleRoundRobin = null,
    [property: Range(1, TournamentSettings.MaxCapacity - 1)] int? Rounds = null,
    TournamentPoints? Points = null,
    [property: ValuesFrom(typeof(TournamentNames), nameof(TournamentNames.TieBreaks))] IReadOnlyList<string>? TieBreaks = null)
{
    public TournamentSettingsInput ToInput() =>
        new(Format, Capacity, MinimumRoster, ConfirmationWindowHours, ThirdPlaceMatch, GrandFinal, DoubleRoundRobin, Rounds, Points, TieBreaks);
}

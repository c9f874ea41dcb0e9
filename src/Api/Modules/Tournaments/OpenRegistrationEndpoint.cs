using Platform.Application.Tournaments;
using Platform.Application.Tournaments.OpenRegistration;

namespace Platform.Api.Modules.Tournaments;

internal static class OpenRegistrationEndpoint
{
    public static RouteHandlerBuilder MapOpenRegistration(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/registration", async Task<Results<Ok<TournamentResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new OpenRegistrationCommand(id, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("Open a draft tournament's registration")
            .WithDescription("Captains can enter their teams from then on. Organisers only (403 `tournament_permission_denied`), an unknown id 404; opening it again changes nothing; after the start 409 `tournament_already_started`.")
            .WithName("OpenRegistration")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

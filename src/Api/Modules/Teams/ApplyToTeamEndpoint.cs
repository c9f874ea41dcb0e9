using Platform.Application.Teams;
using Platform.Application.Teams.ApplyToTeam;

namespace Platform.Api.Modules.Teams;

internal static class ApplyToTeamEndpoint
{
    public static RouteHandlerBuilder MapApplyToTeam(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/applications", async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> (
                Guid id, ApplyToTeamRequest? body, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ApplyToTeamCommand(body?.Message) { Id = id, UserId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Apply to join a team")
            .WithDescription("Answers 201 with the pending application; the captain is told. 409: `already_member`, `team_not_recruiting`, `application_already_pending`, `reapply_cooldown` (for 7 days after this team rejected you; `retryAfter` names when you may apply again). An unknown team is 404 `team_not_found`.")
            .WithName("ApplyToTeam")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>An application to a team; the body may be left out.</summary>
/// <param name="Message">What you tell the captain, at most 1000 characters.</param>
public sealed record ApplyToTeamRequest(string? Message = null);

using Platform.Application.Teams;
using Platform.Application.Teams.HandOverCaptaincy;

namespace Platform.Api.Modules.Teams;

internal static class HandOverCaptaincyEndpoint
{
    public static RouteHandlerBuilder MapHandOverCaptaincy(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/captain", async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> (
                Guid id, HandOverCaptaincyRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new HandOverCaptaincyCommand(body.UserId) { Id = id, ActorId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Hand the captaincy to another member")
            .WithDescription("The captain only (403 `team_permission_denied`); the new captain must be a member (404 `team_member_not_found`). The former captain stays as a member. Answers the team.")
            .WithName("HandOverCaptaincy")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

/// <summary>Who captains the team from now on.</summary>
/// <param name="UserId">A member of the team.</param>
public sealed record HandOverCaptaincyRequest(Guid UserId);

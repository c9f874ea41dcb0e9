using Platform.Application.Matches;
using Platform.Application.Matches.DisputeMatchResult;

namespace Platform.Api.Modules.Matches;

internal static class DisputeMatchResultEndpoint
{
    public static RouteHandlerBuilder MapDisputeMatchResult(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/dispute", async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> (
                Guid id, DisputeMatchResultRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DisputeMatchResultCommand(body.Reason) { Id = id, UserId = user.UserId() }, cancellationToken))
                    .ToOkWithEntityTag(http, match => match.Version))
            .WithSummary("Dispute the result the other side reported")
            .WithDescription("The captain of the side that did not report (the reporter: 403 `match_own_report`); nothing advances until a moderator decides. No report waiting: 409 `match_not_awaiting_confirmation`.")
            .WithName("DisputeMatchResult")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>Why the reported result is wrong.</summary>
/// <param name="Reason">1 to 1000 characters.</param>
public sealed record DisputeMatchResultRequest(string? Reason);

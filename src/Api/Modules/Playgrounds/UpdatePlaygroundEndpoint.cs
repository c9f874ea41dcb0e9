using Platform.Application.Playgrounds;
using Platform.Application.Playgrounds.UpdatePlayground;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Playgrounds;

internal static class UpdatePlaygroundEndpoint
{
    public static RouteHandlerBuilder MapUpdatePlayground(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Results<Ok<PlaygroundResponse>, ProblemHttpResult>> (
                Guid id, PlaygroundRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!EntityTags.TryReadIfMatch(http.Request, out var version, out var refusal))
                {
                    return refusal!;
                }

                var command = new UpdatePlaygroundCommand(body.Name, body.Address, body.City, body.Latitude, body.Longitude, body.Sports, body.Surface,
                    body.Pitches, body.OpeningHoursInput(), body.TimeZone)
                {
                    Id = id, UserId = user.UserId(), IsModerator = user.IsInRole(Role.Moderator), ExpectedVersion = version,
                };
                return (await mediator.Send(command, cancellationToken)).ToOkWithEntityTag(http, playground => playground.Version);
            })
            .WithSummary("Replace a playground's details")
            .WithDescription("Its creator or a moderator (others 403 `playground_permission_denied`); an unknown id is 404. `If-Match` with the ETag of `GET` is required (428 `precondition_required`; stale: 412 `precondition_failed`). An unknown time zone is 422 `unknown_time_zone`.")
            .WithName("UpdatePlayground")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

using Platform.Application.Playgrounds;
using Platform.Application.Playgrounds.CreatePlayground;

namespace Platform.Api.Modules.Playgrounds;

internal static class CreatePlaygroundEndpoint
{
    public static RouteHandlerBuilder MapCreatePlayground(this IEndpointRouteBuilder group) =>
        group.MapPost("", async Task<Results<Created<PlaygroundResponse>, ProblemHttpResult>> (
                PlaygroundRequest body, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CreatePlaygroundCommand(body.Name, body.Address, body.City, body.Latitude, body.Longitude, body.Sports, body.Surface,
                        body.Pitches, body.OpeningHoursInput(), body.TimeZone) { OwnerId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Add a playground")
            .WithDescription("Any signed-in user; you and moderators may change it later. An unknown IANA time zone is 422 `unknown_time_zone`; other bad details are 400 naming the field. Answers 201 with the playground and its Location.")
            .WithName("CreatePlayground")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

using Platform.Application.Teams;
using Platform.Application.Teams.GetMyPlayerProfile;

namespace Platform.Api.Modules.Teams;

internal static class GetMyPlayerProfileEndpoint
{
    public static RouteHandlerBuilder MapGetMyPlayerProfile(this IEndpointRouteBuilder group) =>
        group.MapGet("/me", async Task<Results<Ok<PlayerResponse>, ProblemHttpResult>> (
                ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMyPlayerProfileQuery(user.UserId()), cancellationToken)).ToOkWithEntityTag(http, player => player.Version))
            .WithSummary("Your player profile: sports, positions, city and teams")
            .WithDescription("Empty at version 0 until you first save it. The ETag names the version that `PUT` needs in If-Match.")
            .WithName("GetMyPlayerProfile")
            .ProducesProblem(StatusCodes.Status404NotFound);
}

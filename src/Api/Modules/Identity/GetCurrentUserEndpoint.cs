using Platform.Application.Identity.GetCurrentUser;

namespace Platform.Api.Modules.Identity;

internal static class GetCurrentUserEndpoint
{
    public static RouteHandlerBuilder MapGetCurrentUser(this IEndpointRouteBuilder group) =>
        group.MapGet("/me", async Task<Results<Ok<CurrentUserResponse>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCurrentUserQuery(user.UserId()), cancellationToken)).ToOk())
            .WithSummary("The signed-in user's profile")
            .WithDescription("Your id, e-mail address and display name. An account deleted since the token was issued answers 404 `user_not_found`.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetCurrentUser");
}

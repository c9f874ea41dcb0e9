using Platform.Application.Identity.GetCurrentUserV2;

namespace Platform.Api.Modules.Identity;

internal static class GetCurrentUserV2Endpoint
{
    public static RouteHandlerBuilder MapGetCurrentUserV2(this IEndpointRouteBuilder group) =>
        group.MapGet("/me", async Task<Results<Ok<CurrentUserV2Response>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCurrentUserV2Query(user.UserId()), cancellationToken)).ToOk())
            .WithSummary("The signed-in user's profile with roles and account timestamps")
            .WithDescription("v1's profile plus your roles, locale, time zone, weight unit and when the account was created and last changed. An account deleted since the token was issued answers 404 `user_not_found`.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetCurrentUserV2");
}

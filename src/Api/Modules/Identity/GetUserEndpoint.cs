using Platform.Application.Identity;
using Platform.Application.Identity.GetUser;

namespace Platform.Api.Modules.Identity;

internal static class GetUserEndpoint
{
    public static RouteHandlerBuilder MapGetUser(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<UserDetailsResponse>, ProblemHttpResult>> (
                Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetUserQuery(id), cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("One account (administrators)")
            .WithDescription("The account with its roles, locale, time zone and any lock still running. Needs the admin role (403 `forbidden` otherwise); an unknown id answers 404 `user_not_found`.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetUser");
}

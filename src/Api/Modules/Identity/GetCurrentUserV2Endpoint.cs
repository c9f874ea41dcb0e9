using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Api.Http;
using Platform.Application.Identity.GetCurrentUserV2;

namespace Platform.Api.Modules.Identity;

internal static class GetCurrentUserV2Endpoint
{
    public static RouteHandlerBuilder MapGetCurrentUserV2Endpoint(this IEndpointRouteBuilder group) =>
        group.MapGet("/me", async Task<Results<Ok<CurrentUserV2Response>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCurrentUserV2Query(user.UserId()), cancellationToken)).ToOk())
            .WithName("GetCurrentUserV2")
            .WithSummary("The signed-in user's profile with roles and account timestamps")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

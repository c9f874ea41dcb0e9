using Platform.Application.Identity.GetCurrentUserV2;

namespace Platform.Api.Modules.Identity;

internal sealed class GetCurrentUserV2Endpoint : IEndpoint<AuthModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V2];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/me", async Task<Results<Ok<CurrentUserV2Response>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCurrentUserV2Query(user.UserId()), cancellationToken)).ToOk())
            .WithSummary("The signed-in user's profile with roles and account timestamps")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

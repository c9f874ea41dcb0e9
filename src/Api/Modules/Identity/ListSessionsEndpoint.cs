using Platform.Application.Identity.ListSessions;

namespace Platform.Api.Modules.Identity;

internal sealed class ListSessionsEndpoint : IEndpoint<AuthModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/sessions", async Task<Results<Ok<SessionListResponse>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListSessionsQuery(user.UserId(), user.SessionId()), cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.LocalSession)
            .WithSummary("The caller's signed-in devices, most recently seen first")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}

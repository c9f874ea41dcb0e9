using Platform.Application.Identity;
using Platform.Application.Identity.GetUser;

namespace Platform.Api.Modules.Users;

internal sealed class GetUserEndpoint : IEndpoint<UsersModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<UserDetailsResponse>, ProblemHttpResult>> (
                Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetUserQuery(id), cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("One account (administrators)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

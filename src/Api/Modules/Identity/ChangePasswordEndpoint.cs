using Platform.Application.Identity.ChangePassword;

namespace Platform.Api.Modules.Identity;

internal sealed class ChangePasswordEndpoint : IEndpoint<AuthModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/password/change", async Task<Results<NoContent, ProblemHttpResult>> (
                ChangePasswordCommand command, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { UserId = user.UserId(), SessionId = user.SessionId() }, cancellationToken)).ToNoContent())
            .RequireAuthorization(AuthorizationPolicies.LocalSession)
            .WithSummary("Change the password, giving the current one")
            .WithDescription(
                "This session stays signed in; every other session of the account ends. A wrong current password is a 400 " +
                "`password_incorrect`, a new one equal to it a 400 `password_unchanged`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}

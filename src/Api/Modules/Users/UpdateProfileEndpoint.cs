using Platform.Application.Identity.UpdateProfile;

namespace Platform.Api.Modules.Users;

internal sealed class UpdateProfileEndpoint : IEndpoint<UsersModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPatch("/me", async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> (
                UpdateProfileCommand command, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { UserId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Change your display name, locale, time zone or weight unit")
            .WithDescription("Send only what changes: absent or null fields stay as they are. `locale`: en or ru; `timeZone`: an IANA id such as Europe/Moscow (the training diary's days and weeks follow it); " +
                "`weightUnit`: kg or lb (the training diary reads and writes weights in it).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}

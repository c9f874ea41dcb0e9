using Platform.Application.Projects;
using Platform.Application.Projects.TransferOwnership;

namespace Platform.Api.Modules.Projects;

internal static class TransferOwnershipEndpoint
{
    public static RouteHandlerBuilder MapTransferOwnership(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/transfer-ownership", async Task<Results<Ok<ProjectV2Response>, ProblemHttpResult>> (
                Guid id, TransferOwnershipRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new TransferOwnershipCommand(body.UserId) { ProjectId = id, ActorId = user.UserId() }, cancellationToken)).ToOkWithEntityTag(http, project => project.Version))
            .WithSummary("Hand a project to another member (the owner only); you stay as a maintainer")
            .WithDescription("Body `{\"userId\": \"…\"}`: a current member (404 `project_member_not_found` otherwise).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("TransferOwnership");
}

/// <summary>Hands the project to another member (the owner only); the former owner stays as a maintainer.</summary>
/// <param name="UserId">The member who becomes the owner.</param>
public sealed record TransferOwnershipRequest(Guid UserId);

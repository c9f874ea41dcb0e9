using Platform.Application.Teams;
using Platform.Application.Teams.WithdrawApplication;

namespace Platform.Api.Modules.Teams;

internal static class WithdrawApplicationEndpoint
{
    public static RouteHandlerBuilder MapWithdrawApplication(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/applications/{applicationId:guid}/withdraw", async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> (
                Guid id, Guid applicationId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new WithdrawApplicationCommand(id, applicationId, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("The applicant takes their pending application back")
            .WithDescription("The applicant only (403 `application_permission_denied`); a decided one is 409 `application_not_pending`. Someone who is neither the applicant nor the captain gets 404 `application_not_found`, like an unknown id.")
            .WithName("WithdrawApplication")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

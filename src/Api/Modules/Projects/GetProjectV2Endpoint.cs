using Platform.Application.Projects;
using Platform.Application.Projects.GetProjectV2;

namespace Platform.Api.Modules.Projects;

internal static class GetProjectV2Endpoint
{
    public static RouteHandlerBuilder MapGetProjectV2(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<ProjectV2Response>, StatusCodeHttpResult, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var result = await mediator.Send(new GetProjectV2Query(id, user.UserId()), cancellationToken);
                if (!result.IsSuccess)
                {
                    return result.Error.ToProblem();
                }

                var entityTag = EntityTags.For(result.Value.Version);
                http.Response.Headers.ETag = entityTag;
                return EntityTags.IfNoneMatchHits(http.Request, entityTag)
                    ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
                    : TypedResults.Ok(result.Value);
            })
            .WithSummary("One project you are a member of, with its member count and an ETag")
            .WithDescription("Send the ETag back as `If-None-Match` to get 304 while nothing changed, or as `If-Match` on PATCH.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetProjectV2");
}

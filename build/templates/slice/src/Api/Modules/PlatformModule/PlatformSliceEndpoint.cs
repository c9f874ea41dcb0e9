#if (isList)
using Platform.Application.Common.Paging;
#endif
using Platform.Application.PlatformModule.PlatformSlice;

namespace Platform.Api.Modules.PlatformModule;

internal static class PlatformSliceEndpoint
{
    public static RouteHandlerBuilder MapPlatformSlice(this IEndpointRouteBuilder group) =>
#if (isCreate)
        group.MapPost("PLATFORM_ROUTE", async Task<Results<Created<PlatformSliceResponse>, ProblemHttpResult>> (
                PlatformSliceRequest body, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new PlatformSliceCommand(body.Name) { OwnerId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Create one platformEntity")
            .WithDescription("`name`: 1 to the domain's maximum of characters. Answers 201 with the platformEntity and its Location; you own it.")
#if (!onBoth)
            .WithName("PlatformSlice")
#endif
            .ProducesValidationProblem();
#elif (isAction)
#if (method == "PUT")
        group.MapPut("PLATFORM_ROUTE", async Task<Results<Ok<PlatformSliceResponse>, ProblemHttpResult>> (
#elif (method == "PATCH")
        group.MapPatch("PLATFORM_ROUTE", async Task<Results<Ok<PlatformSliceResponse>, ProblemHttpResult>> (
#else
        group.MapPost("PLATFORM_ROUTE", async Task<Results<Ok<PlatformSliceResponse>, ProblemHttpResult>> (
#endif
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new PlatformSliceCommand(id, user.UserId()), cancellationToken)).ToOk())
#if (shared)
            .WithSummary("Archive a platformEntity the caller owns")
            .WithDescription("Answers the platformEntity; archiving an archived one changes nothing. Only its owner may: another user's answers 403 `platform_entity_permission_denied`, an unknown id 404.")
#else
            .WithSummary("Archive one of the caller's platformEntity aggregates")
            .WithDescription("Answers the platformEntity; archiving an archived one changes nothing. Another user's answers 404, like one that does not exist.")
#endif
#if (!onBoth)
            .WithName("PlatformSlice")
#endif
#if (shared)
            .ProducesProblem(StatusCodes.Status403Forbidden)
#endif
            .ProducesProblem(StatusCodes.Status404NotFound);
#elif (isChange)
#if (method == "PUT")
        group.MapPut("PLATFORM_ROUTE", async Task<Results<Ok<PlatformSliceResponse>, ProblemHttpResult>> (
#elif (method == "PATCH")
        group.MapPatch("PLATFORM_ROUTE", async Task<Results<Ok<PlatformSliceResponse>, ProblemHttpResult>> (
#else
        group.MapPost("PLATFORM_ROUTE", async Task<Results<Ok<PlatformSliceResponse>, ProblemHttpResult>> (
#endif
                Guid id, PlatformSliceRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new PlatformSliceCommand(body.Name) { Id = id, OwnerId = user.UserId() }, cancellationToken)).ToOk())
#if (shared)
            .WithSummary("Rename a platformEntity the caller owns")
            .WithDescription("Answers the renamed platformEntity. Only its owner may: another user's answers 403 `platform_entity_permission_denied`, an unknown id 404.")
#else
            .WithSummary("Rename one of the caller's platformEntity aggregates")
            .WithDescription("Answers the renamed platformEntity. Another user's answers 404, like one that does not exist.")
#endif
            .ProducesValidationProblem()
#if (!onBoth)
            .WithName("PlatformSlice")
#endif
#if (shared)
            .ProducesProblem(StatusCodes.Status403Forbidden)
#endif
            .ProducesProblem(StatusCodes.Status404NotFound);
#elif (isDelete)
        group.MapDelete("PLATFORM_ROUTE", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new PlatformSliceCommand(id, user.UserId()), cancellationToken)).ToNoContent())
#if (shared)
            .WithSummary("Delete a platformEntity the caller owns")
            .WithDescription("Answers 204 once it is gone. Only its owner may: another user's answers 403 `platform_entity_permission_denied`, an unknown id 404.")
#else
            .WithSummary("Delete one of the caller's platformEntity aggregates")
            .WithDescription("Answers 204 once it is gone. Another user's answers 404, like one that does not exist.")
#endif
#if (!onBoth)
            .WithName("PlatformSlice")
#endif
#if (shared)
            .ProducesProblem(StatusCodes.Status403Forbidden)
#endif
            .ProducesProblem(StatusCodes.Status404NotFound);
#elif (isGet && shared)
        group.MapGet("PLATFORM_ROUTE", async Task<Results<Ok<PlatformSliceResponse>, ProblemHttpResult>> (
                Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new PlatformSliceQuery(id), cancellationToken)).ToOk())
            .WithSummary("One platformEntity, whoever owns it")
            .WithDescription("Every signed-in user reads every platformEntity; an unknown id answers 404.")
#if (!onBoth)
            .WithName("PlatformSlice")
#endif
            .ProducesProblem(StatusCodes.Status404NotFound);
#elif (isGet)
        group.MapGet("PLATFORM_ROUTE", async Task<Results<Ok<PlatformSliceResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new PlatformSliceQuery(id, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("One of the caller's platformEntity aggregates")
            .WithDescription("Another user's answers 404, like one that does not exist.")
#if (!onBoth)
            .WithName("PlatformSlice")
#endif
            .ProducesProblem(StatusCodes.Status404NotFound);
#elif (shared)
        group.MapGet("PLATFORM_ROUTE", async Task<Results<Ok<PagedList<PlatformSliceResponse>>, ProblemHttpResult>> (
                IMediator mediator, CancellationToken cancellationToken,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new PlatformSliceQuery(page, pageSize), cancellationToken)).ToOk())
            .WithSummary("Every platformEntity, whoever owns it, newest first, one page at a time")
            .WithDescription("`page` from 1, `pageSize` 1-100 (default 20); the answer holds the page and the total count.")
#if (!onBoth)
            .WithName("PlatformSlice")
#endif
            .ProducesValidationProblem();
#else
        group.MapGet("PLATFORM_ROUTE", async Task<Results<Ok<PagedList<PlatformSliceResponse>>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new PlatformSliceQuery(user.UserId(), page, pageSize), cancellationToken)).ToOk())
            .WithSummary("The caller's platformEntity aggregates, newest first, one page at a time")
            .WithDescription("`page` from 1, `pageSize` 1-100 (default 20); the answer holds the page and the total count.")
#if (!onBoth)
            .WithName("PlatformSlice")
#endif
            .ProducesValidationProblem();
#endif
}
#if (isCreate || isRename)

/// <summary>The body of PlatformSlice as clients send it; the endpoint adds the route values and the caller.</summary>
/// <param name="Name">1 to 200 characters after trimming.</param>
public sealed record PlatformSliceRequest(string? Name);
#endif

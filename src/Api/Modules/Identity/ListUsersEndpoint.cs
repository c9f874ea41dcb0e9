using Platform.Application.Common.Paging;
using Platform.Application.Identity;
using Platform.Application.Identity.ListUsers;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Identity;

internal static class ListUsersEndpoint
{
    public static RouteHandlerBuilder MapListUsers(this IEndpointRouteBuilder group) =>
        group.MapGet("/", async Task<Results<Ok<PagedList<UserDetailsResponse>>, ProblemHttpResult>> (
                IMediator mediator, CancellationToken cancellationToken, string? search = null, [ValuesFrom(typeof(Role), nameof(Role.All))] string? role = null, bool? locked = null,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListUsersQuery(search, role, locked, page, pageSize), cancellationToken)).ToOk())
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("Accounts, for administrators: search, filter and page")
            .WithDescription("`search`: part of the e-mail address or display name (case-insensitive); `role`: user or admin; `locked`: true or false; `page` (from 1) and `pageSize` (1-100, default 20). Oldest first; deleted accounts are not listed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ListUsers");
}

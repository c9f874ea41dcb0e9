using System.ComponentModel.DataAnnotations;
using Platform.Application.Projects;
using Platform.Application.Projects.SearchProjects;

namespace Platform.Api.Modules.Projects;

internal static class SearchProjectsEndpoint
{
    public static RouteHandlerBuilder MapSearchProjects(this IEndpointRouteBuilder group) =>
        group.MapGet("", async Task<Results<Ok<ProjectSearchPage>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                [StringLength(ProjectSearchTerms.MaxQueryLength)] string? q = null,
                [ValuesFrom(typeof(ProjectNames), nameof(ProjectNames.Statuses))] string? status = null,
                [ValuesFrom(typeof(ProjectNames), nameof(ProjectNames.Roles))] string? role = null, string? tag = null, Guid? ownerId = null,
                DateTimeOffset? createdFrom = null, DateTimeOffset? createdTo = null, DateTimeOffset? updatedFrom = null, DateTimeOffset? updatedTo = null,
                [ValuesFrom(typeof(ProjectSearchSorts), nameof(ProjectSearchSorts.Names))] string? sort = null, int limit = SearchProjectsQuery.DefaultLimit, string? cursor = null) =>
            {
                var query = new SearchProjectsQuery(user.UserId())
                {
                    Q = q, Status = status, Role = role, Tag = tag, OwnerId = ownerId,
                    CreatedFrom = createdFrom, CreatedTo = createdTo, UpdatedFrom = updatedFrom, UpdatedTo = updatedTo,
                    Sort = sort, Limit = limit, Cursor = cursor,
                };
                return (await mediator.Send(query, cancellationToken)).ToOk();
            })
            .WithSummary("Search and list your projects, a page at a time by cursor")
            .WithDescription(
                "`q` (1-200 characters) finds projects whose key, name, tags or description contain words starting with its words, " +
                "or whose key or name is close to it (one typo per word is forgiven); matches are ranked. " +
                "Filters: `status` (active, archived), `role` (your role: owner, maintainer, member, viewer), `tag`, `ownerId`, " +
                "`createdFrom`/`createdTo` and `updatedFrom`/`updatedTo` (ISO-8601; from inclusive, to exclusive). " +
                "`sort`: relevance (the default with `q`), name, -name, created, -created (the default without `q`), updated, -updated. " +
                "`limit` 1-100 (default 20). Send `nextCursor` back as `cursor` for the next page, with the same `q`, filters and sort; " +
                "it is null on the last page. Each item carries your role and the member count.")
            .ProducesValidationProblem()
            .WithName("SearchProjects");
}

using MapsterMapper;
using Platform.Application.Common.Paging;

namespace Platform.Application.Identity.ListUsers;

/// <summary>Accounts for administrators: searched by e-mail or name, filtered by role and lock, paged.</summary>
public sealed record ListUsersQuery(string? Search, string? Role, bool? Locked, int Page = Paging.FirstPage, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<UserDetailsResponse>>;

internal sealed class ListUsersHandler(IUserRepository users, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ListUsersQuery, Result<PagedList<UserDetailsResponse>>>
{
    public async Task<Result<PagedList<UserDetailsResponse>>> Handle(ListUsersQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var search = string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim();
        var page = await users.ListAsync(new UserListFilter(search, request.Role, request.Locked, now), request.Page, request.PageSize, cancellationToken);
        return page.Map(user => mapper.MapAsOf(user, now));
    }
}

using Platform.Application.Common.Paging;

namespace Platform.Application.Identity.ListUsers;

/// <summary>Accounts for administrators: searched by e-mail or name, filtered by role and lock, paged.</summary>
public sealed record ListUsersQuery(string? Search, string? Role, bool? Locked, int Page = Paging.FirstPage, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<UserDetailsResponse>>;

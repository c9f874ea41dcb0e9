using Platform.Application.Common.Paging;
using Platform.Domain.Identity;

namespace Platform.Application.Identity;

/// <summary>Loads and adds users (never deleted ones); changes are saved by the unit of work, not here.</summary>
public interface IUserRepository
{
    Task<bool> ExistsAsync(Email email, CancellationToken cancellationToken);

    Task<User?> FindByEmailAsync(Email email, CancellationToken cancellationToken);

    Task<User?> FindByIdAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>One page of the accounts matching the filter, oldest first; deleted accounts never show.</summary>
    Task<PagedList<User>> ListAsync(UserListFilter filter, int page, int pageSize, CancellationToken cancellationToken);

    void Add(User user);
}

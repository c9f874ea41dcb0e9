using Platform.Application.Common.Paging;
using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Support;

/// <summary>The users port over a list; the aggregates it hands out are tracked by the unit of work (their events).</summary>
public sealed class InMemoryUserRepository(FakeUnitOfWork unitOfWork) : IUserRepository
{
    public List<User> Users { get; } = [];

    public Task<bool> ExistsAsync(Email email, CancellationToken cancellationToken) =>
        Task.FromResult(Users.Exists(user => user.Email == email && user.DeletedAt is null));

    public Task<User?> FindByEmailAsync(Email email, CancellationToken cancellationToken) =>
        Task.FromResult(Tracked(Users.Find(user => user.Email == email && user.DeletedAt is null)));

    public Task<User?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Tracked(Users.Find(user => user.Id == id && user.DeletedAt is null)));

    public Task<PagedList<User>> ListAsync(UserListFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var matching = Users
            .Where(user => user.DeletedAt is null)
            .Where(user => filter.Search is null
                || user.Email.Value.Contains(filter.Search, StringComparison.OrdinalIgnoreCase)
                || user.DisplayName.Value.Contains(filter.Search, StringComparison.OrdinalIgnoreCase))
            .Where(user => filter.Role is null || user.Roles.Contains(filter.Role))
            .Where(user => filter.Locked is null || user.IsLockedOutAt(filter.Now) == filter.Locked)
            .OrderBy(user => user.CreatedAt).ThenBy(user => user.Id)
            .ToList();
        return Task.FromResult(new PagedList<User>(matching.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, matching.Count));
    }

    public void Add(User user) => Users.Add(Tracked(user)!);

    private User? Tracked(User? user)
    {
        if (user is not null)
        {
            unitOfWork.Track(user);
        }

        return user;
    }
}

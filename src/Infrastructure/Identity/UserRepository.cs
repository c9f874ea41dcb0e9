using Platform.Application.Common.Paging;
using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class UserRepository(PlatformDbContext context) : IUserRepository
{
    public Task<bool> ExistsAsync(Email email, CancellationToken cancellationToken) =>
        context.Users.AnyAsync(user => user.Email == email, cancellationToken);

    public Task<User?> FindByEmailAsync(Email email, CancellationToken cancellationToken) =>
        context.Users.SingleOrDefaultAsync(user => user.Email == email, cancellationToken);

    public Task<User?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        context.Users.SingleOrDefaultAsync(user => user.Id == id, cancellationToken);

    public Task<PagedList<User>> ListAsync(UserListFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var users = context.Users.AsNoTracking();
        if (filter.Search is { } search)
        {
            var pattern = $"%{LikePattern.Escape(search)}%";
            users = users.Where(user => EF.Functions.ILike((string)(object)user.Email, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.ILike((string)(object)user.DisplayName, pattern, LikePattern.EscapeCharacter));
        }

        if (filter.Role is { } role)
        {
            users = users.Where(user => user.Roles.Contains(role));
        }

        if (filter.Locked is { } locked)
        {
            users = locked
                ? users.Where(user => user.LockedUntil > filter.Now)
                : users.Where(user => user.LockedUntil == null || user.LockedUntil <= filter.Now);
        }

        return users.OrderBy(user => user.CreatedAt).ThenBy(user => user.Id).ToPagedListAsync(page, pageSize, cancellationToken);
    }

    public void Add(User user) => context.Users.Add(user);
}

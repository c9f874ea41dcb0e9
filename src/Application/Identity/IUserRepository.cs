using Platform.Domain.Identity;

namespace Platform.Application.Identity;

/// <summary>Loads and adds users; changes are saved by the unit of work, not here.</summary>
public interface IUserRepository
{
    Task<bool> ExistsAsync(Email email, CancellationToken cancellationToken);

    Task<User?> FindByEmailAsync(Email email, CancellationToken cancellationToken);

    Task<User?> FindByIdAsync(Guid id, CancellationToken cancellationToken);

    void Add(User user);
}

using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Support;

public sealed class InMemoryUserRepository : IUserRepository
{
    public List<User> Users { get; } = [];

    public Task<bool> ExistsAsync(Email email, CancellationToken cancellationToken) =>
        Task.FromResult(Users.Exists(user => user.Email == email));

    public Task<User?> FindByEmailAsync(Email email, CancellationToken cancellationToken) =>
        Task.FromResult(Users.Find(user => user.Email == email));

    public Task<User?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Users.Find(user => user.Id == id));

    public void Add(User user) => Users.Add(user);
}

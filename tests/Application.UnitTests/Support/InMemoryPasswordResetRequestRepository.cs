using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Support;

public sealed class InMemoryPasswordResetRequestRepository : IPasswordResetRequestRepository
{
    public List<PasswordResetRequest> Requests { get; } = [];

    public Task<PasswordResetRequest?> ClaimAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Requests.Find(request => request.Id == id));

    public void Add(PasswordResetRequest request) => Requests.Add(request);

    public void Remove(PasswordResetRequest request) => Requests.Remove(request);
}

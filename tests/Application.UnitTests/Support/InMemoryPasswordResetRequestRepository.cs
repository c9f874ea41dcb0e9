using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Support;

public sealed class InMemoryPasswordResetRequestRepository(FakeUnitOfWork unitOfWork) : IPasswordResetRequestRepository
{
    public List<PasswordResetRequest> Requests { get; } = [];

    public Task<PasswordResetRequest?> ClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        var claimed = Requests.Find(request => request.Id == id);
        if (claimed is not null)
        {
            unitOfWork.Track(claimed);
        }

        return Task.FromResult(claimed);
    }

    public void Add(PasswordResetRequest request)
    {
        Requests.Add(request);
        unitOfWork.Track(request);
    }

    public void Remove(PasswordResetRequest request) => Requests.Remove(request);
}

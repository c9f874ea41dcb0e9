using Platform.Domain.Identity;

namespace Platform.Application.Identity;

public interface IPasswordResetRequestRepository
{
    Task<PasswordResetRequest?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(PasswordResetRequest request);

    void Remove(PasswordResetRequest request);
}

using Platform.Domain.Identity;

namespace Platform.Application.Identity;

public interface IPasswordResetRequestRepository
{
    /// <summary>
    /// Locks the request for the current transaction, or answers null when it is gone or another instance holds it
    /// (<c>FOR UPDATE SKIP LOCKED</c>), so no request is answered twice.
    /// </summary>
    Task<PasswordResetRequest?> ClaimAsync(Guid id, CancellationToken cancellationToken);

    void Add(PasswordResetRequest request);

    void Remove(PasswordResetRequest request);
}

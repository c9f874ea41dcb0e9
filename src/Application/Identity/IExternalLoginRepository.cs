using Platform.Domain.Identity;

namespace Platform.Application.Identity;

public interface IExternalLoginRepository
{
    Task<ExternalLogin?> FindAsync(string issuer, string subject, CancellationToken cancellationToken);

    void Add(ExternalLogin login);
}

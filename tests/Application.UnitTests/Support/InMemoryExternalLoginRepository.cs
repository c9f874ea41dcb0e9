using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Support;

public sealed class InMemoryExternalLoginRepository(FakeUnitOfWork unitOfWork) : IExternalLoginRepository
{
    public List<ExternalLogin> Logins { get; } = [];

    public Task<ExternalLogin?> FindAsync(string issuer, string subject, CancellationToken cancellationToken) =>
        Task.FromResult(Logins.Find(login => login.Issuer == issuer && login.Subject == subject));

    public void Add(ExternalLogin login)
    {
        unitOfWork.Track(login);
        Logins.Add(login);
    }
}

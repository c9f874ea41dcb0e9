using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

internal sealed class ExternalLoginRepository(PlatformDbContext context) : IExternalLoginRepository
{
    public Task<ExternalLogin?> FindAsync(string issuer, string subject, CancellationToken cancellationToken) =>
        context.Set<ExternalLogin>().AsNoTracking()
            .SingleOrDefaultAsync(login => login.Issuer == issuer && login.Subject == subject, cancellationToken);

    public void Add(ExternalLogin login) => context.Set<ExternalLogin>().Add(login);
}

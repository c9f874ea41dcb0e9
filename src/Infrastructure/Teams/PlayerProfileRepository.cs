using Platform.Application.Teams;
using Platform.Domain.Teams;

namespace Platform.Infrastructure.Teams;

internal sealed class PlayerProfileRepository(PlatformDbContext context) : IPlayerProfileRepository
{
    public Task<PlayerProfile?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        context.Set<PlayerProfile>().SingleOrDefaultAsync(profile => profile.UserId == userId, cancellationToken);

    public void Add(PlayerProfile profile) => context.Set<PlayerProfile>().Add(profile);
}

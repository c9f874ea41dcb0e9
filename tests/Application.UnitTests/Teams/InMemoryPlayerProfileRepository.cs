using Platform.Application.Teams;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Teams;

namespace Platform.Application.UnitTests.Teams;

/// <summary>The player profiles port over a list, for handler tests through <c>PipelineHost</c>.</summary>
public sealed class InMemoryPlayerProfileRepository(FakeUnitOfWork unitOfWork) : IPlayerProfileRepository
{
    public List<PlayerProfile> Items { get; } = [];

    public Task<PlayerProfile?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        var profile = Items.Find(candidate => candidate.UserId == userId);
        if (profile is not null)
        {
            unitOfWork.Track(profile);
        }

        return Task.FromResult(profile);
    }

    public void Add(PlayerProfile profile)
    {
        unitOfWork.Track(profile);
        Items.Add(profile);
    }
}

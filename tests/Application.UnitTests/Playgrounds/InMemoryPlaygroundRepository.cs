using Platform.Application.Common.Paging;
using Platform.Application.Playgrounds;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Community;
using Platform.Domain.Playgrounds;

namespace Platform.Application.UnitTests.Playgrounds;

/// <summary>
/// The Playgrounds repository port over a list, for handler tests through <c>PipelineHost</c>. Distances are
/// PostgreSQL's (earthdistance) and are tested against the database; here a list asked about a point finds nothing.
/// </summary>
public sealed class InMemoryPlaygroundRepository(FakeUnitOfWork unitOfWork) : IPlaygroundRepository
{
    public List<Playground> Items { get; } = [];

    public Task<Playground?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var playground = Items.Find(candidate => candidate.Id == id);
        if (playground is not null)
        {
            unitOfWork.Track(playground);
        }

        return Task.FromResult(playground);
    }

    public Task<PagedList<PlaygroundHit>> ListAsync(PlaygroundFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var all = Items
            .Where(playground => filter.Near is null)
            .Where(playground => filter.City is null || playground.CityKey == CommunityText.KeyOf(filter.City))
            .Where(playground => filter.Sport is null || playground.Sports.Contains(filter.Sport))
            .OrderByDescending(playground => playground.CreatedAt).ThenByDescending(playground => playground.Id)
            .Select(playground => new PlaygroundHit(playground, null))
            .ToList();
        return Task.FromResult(new PagedList<PlaygroundHit>(all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, all.Count));
    }

    public void Add(Playground playground)
    {
        unitOfWork.Track(playground);
        Items.Add(playground);
    }

    public void Remove(Playground playground)
    {
        unitOfWork.Track(playground);
        Items.Remove(playground);
    }
}

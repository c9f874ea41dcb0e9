using Platform.Application.Common.Paging;
using Platform.Application.Teams;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Community;
using Platform.Domain.Teams;

namespace Platform.Application.UnitTests.Teams;

/// <summary>
/// The Teams repository port over a list, for handler tests through <c>PipelineHost</c>; the aggregates it hands
/// out are tracked by the unit of work, which takes their domain events as EF Core's change tracker does. Members'
/// names are their ids (names belong to the accounts, which the database joins in).
/// </summary>
public sealed class InMemoryTeamRepository(FakeUnitOfWork unitOfWork) : ITeamRepository
{
    public List<Team> Items { get; } = [];

    public Task<Team?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var team = Items.Find(candidate => candidate.Id == id);
        if (team is not null)
        {
            unitOfWork.Track(team);
        }

        return Task.FromResult(team);
    }

    public Task<PagedList<Team>> ListAsync(TeamFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var all = Items
            .Where(team => filter.Name is null || team.NameKey.Contains(CommunityText.KeyOf(filter.Name), StringComparison.Ordinal))
            .Where(team => filter.Sport is null || team.Sport == filter.Sport)
            .Where(team => filter.City is null || team.CityKey == CommunityText.KeyOf(filter.City))
            .Where(team => filter.Recruiting is null || team.Recruiting == filter.Recruiting)
            .OrderByDescending(team => team.CreatedAt).ThenByDescending(team => team.Id)
            .ToList();
        return Task.FromResult(new PagedList<Team>(
            all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, all.Count));
    }

    public Task<bool> NameTakenAsync(string sport, string nameKey, Guid? exceptTeamId, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Exists(team => team.Sport == sport && team.NameKey == nameKey && team.Id != exceptTeamId));

    public Task<IReadOnlyList<TeamMemberResponse>> ListMembersAsync(Guid teamId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TeamMemberResponse>>(Items.Where(team => team.Id == teamId)
            .SelectMany(team => team.Members.Select(member => new TeamMemberResponse(member.UserId, member.UserId.ToString(), team.IsCaptain(member.UserId), member.JoinedAt)))
            .OrderByDescending(member => member.IsCaptain).ThenBy(member => member.JoinedAt)
            .ToList());

    public Task<IReadOnlyList<PlayerTeam>> ListForPlayerAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PlayerTeam>>(Items.Where(team => team.HasMember(userId)).OrderBy(team => team.NameKey)
            .Select(team => new PlayerTeam(team.Id, team.Name, team.Sport, team.IsCaptain(userId)))
            .ToList());

    public void Add(Team team)
    {
        unitOfWork.Track(team);
        Items.Add(team);
    }

    public void Remove(Team team)
    {
        unitOfWork.Track(team);
        Items.Remove(team);
    }
}

using Platform.Application.Common.Paging;
using Platform.Application.Teams;
using Platform.Domain.Community;
using Platform.Domain.Teams;

namespace Platform.Infrastructure.Teams;

internal sealed class TeamRepository(PlatformDbContext context) : ITeamRepository
{
    public Task<Team?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Team>().SingleOrDefaultAsync(team => team.Id == id, cancellationToken);

    public Task<PagedList<Team>> ListAsync(TeamFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var teams = context.Set<Team>().AsNoTracking();
        if (filter.Name is { } name)
        {
            // The name key is upper case; the pattern's own wildcards are taken literally.
            var pattern = "%" + EscapeLike(CommunityText.KeyOf(name)) + "%";
            teams = teams.Where(team => EF.Functions.Like(team.NameKey, pattern, "\\"));
        }

        if (filter.Sport is { } sport)
        {
            teams = teams.Where(team => team.Sport == sport);
        }

        if (filter.City is { } city)
        {
            var cityKey = CommunityText.KeyOf(city);
            teams = teams.Where(team => team.CityKey == cityKey);
        }

        if (filter.Recruiting is { } recruiting)
        {
            teams = teams.Where(team => team.Recruiting == recruiting);
        }

        return teams.OrderByDescending(team => team.CreatedAt).ThenByDescending(team => team.Id)
            .ToPagedListAsync(page, pageSize, cancellationToken);
    }

    public Task<bool> NameTakenAsync(string sport, string nameKey, Guid? exceptTeamId, CancellationToken cancellationToken) =>
        context.Set<Team>().AnyAsync(team => team.Sport == sport && team.NameKey == nameKey && team.Id != exceptTeamId, cancellationToken);

    public async Task<IReadOnlyList<TeamMemberResponse>> ListMembersAsync(Guid teamId, CancellationToken cancellationToken)
    {
        var members = await context.Set<Team>().AsNoTracking()
            .Where(team => team.Id == teamId)
            .SelectMany(team => team.Members, (team, member) => new { member.UserId, member.JoinedAt, team.CaptainId })
            .Join(context.Users, member => member.UserId, user => user.Id,
                (member, user) => new { member.UserId, user.DisplayName, member.JoinedAt, member.CaptainId })
            .ToListAsync(cancellationToken);
        return members
            .Select(member => new TeamMemberResponse(member.UserId, member.DisplayName.Value, member.UserId == member.CaptainId, member.JoinedAt))
            .OrderByDescending(member => member.IsCaptain).ThenBy(member => member.JoinedAt).ThenBy(member => member.UserId)
            .ToList();
    }

    public async Task<IReadOnlyList<PlayerTeam>> ListForPlayerAsync(Guid userId, CancellationToken cancellationToken) =>
        await context.Set<Team>().AsNoTracking()
            .Where(team => team.Members.Any(member => member.UserId == userId))
            .OrderBy(team => team.NameKey).ThenBy(team => team.Id)
            .Select(team => new PlayerTeam(team.Id, team.Name, team.Sport, team.CaptainId == userId))
            .ToListAsync(cancellationToken);

    public void Add(Team team) => context.Set<Team>().Add(team);

    public void Remove(Team team) => context.Set<Team>().Remove(team);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

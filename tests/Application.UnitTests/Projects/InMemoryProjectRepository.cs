using Platform.Application.Common.Paging;
using Platform.Application.Projects;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Projects;

namespace Platform.Application.UnitTests.Projects;

/// <summary>The Projects repository port over a list, for handler tests through <c>PipelineHost</c>.</summary>
public sealed class InMemoryProjectRepository(InMemoryUserRepository users) : IProjectRepository
{
    public List<Project> Items { get; } = [];

    public Task<Project?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Find(project => project.Id == id));

    public Task<PagedList<Project>> ListForMemberAsync(Guid userId, ProjectStatus? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        var visible = Items.Where(project => project.IsVisibleTo(userId) && (status is null || project.Status == status))
            .OrderByDescending(project => project.CreatedAt).ThenByDescending(project => project.Id)
            .ToList();
        return Task.FromResult(new PagedList<Project>(visible.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, visible.Count));
    }

    public Task<IReadOnlyList<ProjectMemberView>> ListMembersAsync(Guid projectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProjectMemberView>>(Items.Single(project => project.Id == projectId).Members
            .Select(member => new ProjectMemberView(
                member.UserId, users.Users.Single(user => user.Id == member.UserId).DisplayName.Value, member.Role, member.JoinedAt))
            .OrderByDescending(member => member.Role).ThenBy(member => member.JoinedAt)
            .ToList());

    public Task<ProjectStats> GetStatsAsync(Guid userId, DateOnly since, CancellationToken cancellationToken)
    {
        var mine = Items.Where(project => project.IsVisibleTo(userId)).ToList();
        var weeks = mine
            .Select(project => DateOnly.FromDateTime(project.CreatedAt.UtcDateTime))
            .Where(day => day >= since)
            .GroupBy(day => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)))
            .Select(group => new WeekCount(group.Key, group.Count()))
            .ToList();
        return Task.FromResult(new ProjectStats(
            mine.Count(project => project.Status == ProjectStatus.Active), mine.Count(project => project.Status == ProjectStatus.Archived), weeks));
    }

    public void Add(Project project) => Items.Add(project);

    public void Remove(Project project) => Items.Remove(project);
}

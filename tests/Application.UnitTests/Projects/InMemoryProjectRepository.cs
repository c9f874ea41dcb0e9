using System.Text.RegularExpressions;
using Platform.Application.Common.Paging;
using Platform.Application.Projects;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Projects;

namespace Platform.Application.UnitTests.Projects;

/// <summary>The Projects repository port over a list, for handler tests through <c>PipelineHost</c>.</summary>
public sealed class InMemoryProjectRepository(InMemoryUserRepository users, FakeUnitOfWork unitOfWork) : IProjectRepository
{
    public List<Project> Items { get; } = [];

    public Task<Project?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var project = Items.Find(candidate => candidate.Id == id);
        if (project is not null)
        {
            unitOfWork.Track(project);
        }

        return Task.FromResult(project);
    }

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

    /// <summary>Prefix matching of the terms on the words of key, name, tags and description (no typo tolerance); the score counts matched terms.</summary>
    public Task<IReadOnlyList<ProjectSearchHit>> SearchAsync(ProjectSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var hits = Items
            .Where(project => project.IsVisibleTo(criteria.UserId))
            .Select(project => (Project: project, Score: Score(project, criteria.Terms)))
            .Where(hit => criteria.Terms.Count == 0 || hit.Score > 0)
            .Where(hit => Matches(hit.Project, criteria))
            .Select(hit => new ProjectSearchHit(
                hit.Project.Id, hit.Project.Key, hit.Project.Name, hit.Project.Description, [.. hit.Project.Tags], hit.Project.Status,
                hit.Project.OwnerId, hit.Project.RoleOf(criteria.UserId)!.Value, hit.Project.Members.Count, hit.Project.Version,
                hit.Project.CreatedAt, hit.Project.UpdatedAt, hit.Score));
        var ordered = criteria.Sort switch
        {
            ProjectSearchSort.Relevance => hits.OrderByDescending(hit => hit.Score).ThenByDescending(hit => hit.Id),
            ProjectSearchSort.Name => hits.OrderBy(hit => hit.Name, StringComparer.Ordinal).ThenBy(hit => hit.Id),
            ProjectSearchSort.NameDescending => hits.OrderByDescending(hit => hit.Name, StringComparer.Ordinal).ThenByDescending(hit => hit.Id),
            ProjectSearchSort.Created => hits.OrderBy(hit => hit.CreatedAt).ThenBy(hit => hit.Id),
            ProjectSearchSort.CreatedDescending => hits.OrderByDescending(hit => hit.CreatedAt).ThenByDescending(hit => hit.Id),
            ProjectSearchSort.Updated => hits.OrderBy(hit => hit.UpdatedAt).ThenBy(hit => hit.Id),
            _ => hits.OrderByDescending(hit => hit.UpdatedAt).ThenByDescending(hit => hit.Id),
        };
        var list = ordered.ToList();
        var start = criteria.After is { } after ? list.FindIndex(hit => hit.Id == after.Id) + 1 : 0;
        return Task.FromResult<IReadOnlyList<ProjectSearchHit>>(list.Skip(start).Take(criteria.Take).ToList());
    }

    private static float Score(Project project, IReadOnlyList<string> terms)
    {
        var words = Regex.Matches(string.Join(' ', [project.Key, project.Name, project.Description, .. project.Tags]), @"[\p{L}\p{N}]+")
            .Select(word => word.Value.ToLowerInvariant())
            .ToList();
        return terms.Count(term => words.Any(word => word.StartsWith(term, StringComparison.Ordinal)));
    }

    private static bool Matches(Project project, ProjectSearchCriteria criteria) =>
        (criteria.Status is null || project.Status == criteria.Status)
        && (criteria.Role is null || project.RoleOf(criteria.UserId) == criteria.Role)
        && (criteria.Tag is null || project.Tags.Contains(criteria.Tag))
        && (criteria.OwnerId is null || project.OwnerId == criteria.OwnerId)
        && (criteria.CreatedFrom is null || project.CreatedAt >= criteria.CreatedFrom)
        && (criteria.CreatedTo is null || project.CreatedAt < criteria.CreatedTo)
        && (criteria.UpdatedFrom is null || project.UpdatedAt >= criteria.UpdatedFrom)
        && (criteria.UpdatedTo is null || project.UpdatedAt < criteria.UpdatedTo);

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

    public void Add(Project project)
    {
        unitOfWork.Track(project);
        Items.Add(project);
    }

    public void Remove(Project project)
    {
        unitOfWork.Track(project);
        Items.Remove(project);
    }
}

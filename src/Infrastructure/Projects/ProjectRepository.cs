using Platform.Application.Common.Paging;
using Platform.Application.Projects;
using Platform.Domain.Identity;
using Platform.Domain.Projects;

namespace Platform.Infrastructure.Projects;

internal sealed class ProjectRepository(PlatformDbContext context) : IProjectRepository
{
    public Task<Project?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Project>().SingleOrDefaultAsync(project => project.Id == id, cancellationToken);

    public Task<PagedList<Project>> ListForMemberAsync(Guid userId, ProjectStatus? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        var projects = context.Set<Project>().AsNoTracking().Where(project => project.Members.Any(member => member.UserId == userId));
        if (status is { } wanted)
        {
            projects = projects.Where(project => project.Status == wanted);
        }

        return projects.OrderByDescending(project => project.CreatedAt).ThenByDescending(project => project.Id)
            .ToPagedListAsync(page, pageSize, cancellationToken);
    }

    public async Task<IReadOnlyList<ProjectMemberView>> ListMembersAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var members = await context.Set<Project>().AsNoTracking()
            .Where(project => project.Id == projectId)
            .SelectMany(project => project.Members)
            .Join(context.Users, member => member.UserId, user => user.Id, (member, user) => new { member.UserId, user.DisplayName, member.Role, member.JoinedAt })
            .ToListAsync(cancellationToken);
        return members
            .Select(member => new ProjectMemberView(member.UserId, member.DisplayName.Value, member.Role, member.JoinedAt))
            .OrderByDescending(member => member.Role).ThenBy(member => member.JoinedAt)
            .ToList();
    }

    public async Task<IReadOnlyList<ProjectSearchHit>> SearchAsync(ProjectSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ProjectSearchSql.For(criteria);
        var query = context.Database.SqlQueryRaw<ProjectSearchRow>(sql, parameters);
        var rows = criteria.Text is null
            ? await query.ToListAsync(cancellationToken)
            // The similarity threshold is a setting: SET LOCAL keeps it to this query's (read-only) transaction.
            : await context.ReadInTransactionAsync(
                async token =>
                {
                    await context.Database.ExecuteSqlRawAsync(ProjectSearchSql.SimilarityThresholdSql, token);
                    return await query.ToListAsync(token);
                },
                cancellationToken);

        return rows.Select(row => new ProjectSearchHit(
                row.Id, row.Key, row.Name, row.Description, row.Tags, Enum.Parse<ProjectStatus>(row.Status), row.OwnerId,
                Enum.Parse<ProjectRole>(row.Role), row.MemberCount, row.Version, row.CreatedAt, row.UpdatedAt, row.Score))
            .ToList();
    }

    public async Task<ProjectStats> GetStatsAsync(Guid userId, DateOnly since, CancellationToken cancellationToken)
    {
        var mine = context.Set<Project>().AsNoTracking().Where(project => project.Members.Any(member => member.UserId == userId));
        var byStatus = await mine.GroupBy(project => project.Status)
            .Select(group => new { Status = group.Key, Count = group.Count() })
            .ToListAsync(cancellationToken);
        var from = new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var weeks = await context.Database.SqlQuery<WeekRow>($"""
                SELECT date_trunc('week', p.created_at AT TIME ZONE 'UTC')::date AS week_start, count(*)::int AS count
                FROM projects p
                WHERE p.created_at >= {from}
                  AND EXISTS (SELECT 1 FROM project_members m WHERE m.project_id = p.id AND m.user_id = {userId})
                GROUP BY 1
                """)
            .ToListAsync(cancellationToken);
        return new ProjectStats(
            byStatus.Where(row => row.Status == ProjectStatus.Active).Sum(row => row.Count),
            byStatus.Where(row => row.Status == ProjectStatus.Archived).Sum(row => row.Count),
            weeks.Select(row => new WeekCount(row.WeekStart, row.Count)).ToList());
    }

    public void Add(Project project) => context.Set<Project>().Add(project);

    public void Remove(Project project) => context.Set<Project>().Remove(project);
}

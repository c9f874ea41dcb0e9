using Platform.Application.Common.Paging;
using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>Loads, lists, adds and removes projects (with their members); changes are saved by the unit of work.</summary>
public interface IProjectRepository
{
    Task<Project?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The projects the user is a member of, newest first, optionally only those in a status.</summary>
    Task<PagedList<Project>> ListForMemberAsync(Guid userId, ProjectStatus? status, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>The members with their names, owner first, then by role and joining time.</summary>
    Task<IReadOnlyList<ProjectMemberView>> ListMembersAsync(Guid projectId, CancellationToken cancellationToken);

    /// <summary>
    /// The user's projects matching the criteria, in its order, after its position, at most <c>Take</c>; a search
    /// matches words by prefix (full text) or the key and name by similarity (typos).
    /// </summary>
    Task<IReadOnlyList<ProjectSearchHit>> SearchAsync(ProjectSearchCriteria criteria, CancellationToken cancellationToken);

    /// <summary>The user's projects by status, and how many were created per week (Monday, UTC) from <paramref name="since"/>.</summary>
    Task<ProjectStats> GetStatsAsync(Guid userId, DateOnly since, CancellationToken cancellationToken);

    void Add(Project project);

    void Remove(Project project);
}

using Platform.Application.Common.Paging;
using Platform.Domain.Teams;

namespace Platform.Application.Teams;

/// <summary>Loads, lists and adds applications to teams; changes are saved by the unit of work, not here.</summary>
public interface ITeamApplicationRepository
{
    Task<TeamApplication?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> HasPendingAsync(Guid teamId, Guid applicantId, CancellationToken cancellationToken);

    /// <summary>When the team last rejected this player, if it ever did.</summary>
    Task<DateTimeOffset?> LastRejectedAtAsync(Guid teamId, Guid applicantId, CancellationToken cancellationToken);

    /// <summary>A team's applications, newest first, optionally of one status.</summary>
    Task<PagedList<TeamApplication>> ListForTeamAsync(Guid teamId, ApplicationStatus? status, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>A player's applications, newest first, optionally of one status.</summary>
    Task<PagedList<TeamApplication>> ListForApplicantAsync(Guid applicantId, ApplicationStatus? status, int page, int pageSize, CancellationToken cancellationToken);

    void Add(TeamApplication application);
}

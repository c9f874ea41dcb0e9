using Platform.Application.Common.Paging;
using Platform.Application.Teams;
using Platform.Domain.Teams;

namespace Platform.Infrastructure.Teams;

internal sealed class TeamApplicationRepository(PlatformDbContext context) : ITeamApplicationRepository
{
    public Task<TeamApplication?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<TeamApplication>().SingleOrDefaultAsync(application => application.Id == id, cancellationToken);

    public Task<bool> HasPendingAsync(Guid teamId, Guid applicantId, CancellationToken cancellationToken) =>
        context.Set<TeamApplication>().AnyAsync(
            application => application.TeamId == teamId && application.ApplicantId == applicantId && application.Status == ApplicationStatus.Pending,
            cancellationToken);

    public Task<DateTimeOffset?> LastRejectedAtAsync(Guid teamId, Guid applicantId, CancellationToken cancellationToken) =>
        context.Set<TeamApplication>()
            .Where(application => application.TeamId == teamId && application.ApplicantId == applicantId && application.Status == ApplicationStatus.Rejected)
            .MaxAsync(application => application.DecidedAt, cancellationToken);

    public Task<PagedList<TeamApplication>> ListForTeamAsync(Guid teamId, ApplicationStatus? status, int page, int pageSize, CancellationToken cancellationToken) =>
        Newest(context.Set<TeamApplication>().AsNoTracking().Where(application => application.TeamId == teamId), status)
            .ToPagedListAsync(page, pageSize, cancellationToken);

    public Task<PagedList<TeamApplication>> ListForApplicantAsync(Guid applicantId, ApplicationStatus? status, int page, int pageSize, CancellationToken cancellationToken) =>
        Newest(context.Set<TeamApplication>().AsNoTracking().Where(application => application.ApplicantId == applicantId), status)
            .ToPagedListAsync(page, pageSize, cancellationToken);

    public void Add(TeamApplication application) => context.Set<TeamApplication>().Add(application);

    private static IOrderedQueryable<TeamApplication> Newest(IQueryable<TeamApplication> applications, ApplicationStatus? status) =>
        (status is { } wanted ? applications.Where(application => application.Status == wanted) : applications)
            .OrderByDescending(application => application.Id);
}

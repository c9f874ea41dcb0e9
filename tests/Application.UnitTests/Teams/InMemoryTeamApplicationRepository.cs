using Platform.Application.Common.Paging;
using Platform.Application.Teams;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Teams;

namespace Platform.Application.UnitTests.Teams;

/// <summary>The team applications port over a list, for handler tests through <c>PipelineHost</c>.</summary>
public sealed class InMemoryTeamApplicationRepository(FakeUnitOfWork unitOfWork) : ITeamApplicationRepository
{
    public List<TeamApplication> Items { get; } = [];

    public Task<TeamApplication?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = Items.Find(candidate => candidate.Id == id);
        if (application is not null)
        {
            unitOfWork.Track(application);
        }

        return Task.FromResult(application);
    }

    public Task<bool> HasPendingAsync(Guid teamId, Guid applicantId, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Exists(application => application.TeamId == teamId && application.ApplicantId == applicantId && application.IsPending));

    public Task<DateTimeOffset?> LastRejectedAtAsync(Guid teamId, Guid applicantId, CancellationToken cancellationToken) =>
        Task.FromResult(Items
            .Where(application => application.TeamId == teamId && application.ApplicantId == applicantId && application.Status == ApplicationStatus.Rejected)
            .Max(application => application.DecidedAt));

    public Task<PagedList<TeamApplication>> ListForTeamAsync(Guid teamId, ApplicationStatus? status, int page, int pageSize, CancellationToken cancellationToken) =>
        Task.FromResult(Page(Items.Where(application => application.TeamId == teamId), status, page, pageSize));

    public Task<PagedList<TeamApplication>> ListForApplicantAsync(Guid applicantId, ApplicationStatus? status, int page, int pageSize, CancellationToken cancellationToken) =>
        Task.FromResult(Page(Items.Where(application => application.ApplicantId == applicantId), status, page, pageSize));

    public void Add(TeamApplication application)
    {
        unitOfWork.Track(application);
        Items.Add(application);
    }

    private static PagedList<TeamApplication> Page(IEnumerable<TeamApplication> applications, ApplicationStatus? status, int page, int pageSize)
    {
        var all = applications.Where(application => status is null || application.Status == status).OrderByDescending(application => application.Id).ToList();
        return new PagedList<TeamApplication>(all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, all.Count);
    }
}

namespace Platform.Domain.Teams;

/// <summary>
/// A player's request to join a team: pending until the captain accepts or rejects it or the applicant withdraws it.
/// Seen only by the applicant and the team's captain. A rejection keeps the applicant from applying to that team again
/// for <see cref="ReapplyCooldown"/>.
/// </summary>
public sealed class TeamApplication : AggregateRoot
{
    public const int MessageMaxLength = 1000;

    public static readonly TimeSpan ReapplyCooldown = TimeSpan.FromDays(7);

    private TeamApplication(Guid id, Guid teamId, Guid applicantId, string message, DateTimeOffset createdAt)
    {
        Id = id;
        TeamId = teamId;
        ApplicantId = applicantId;
        Message = message;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }

    public Guid TeamId { get; }

    public Guid ApplicantId { get; }

    /// <summary>What the applicant tells the captain; empty when nothing.</summary>
    public string Message { get; }

    public ApplicationStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>When it stopped being pending, if it has.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsPending => Status == ApplicationStatus.Pending;

    /// <summary>
    /// A pending application, if the team recruits, the applicant is not on it, has none pending there and was not
    /// rejected there within the cooldown (<paramref name="lastRejectedAt"/>: their latest rejection by this team).
    /// </summary>
    public static Result<TeamApplication> Submit(
        Team team, Guid applicantId, string? message, bool hasPending, DateTimeOffset? lastRejectedAt, DateTimeOffset now)
    {
        if (team.HasMember(applicantId))
        {
            return TeamsErrors.AlreadyMember;
        }

        if (!team.Recruiting)
        {
            return TeamsErrors.NotRecruiting;
        }

        if (hasPending)
        {
            return TeamsErrors.ApplicationAlreadyPending;
        }

        if (lastRejectedAt is { } rejectedAt && now < rejectedAt + ReapplyCooldown)
        {
            return TeamsErrors.ReapplyCooldownUntil(rejectedAt + ReapplyCooldown);
        }

        var text = message?.Trim() ?? string.Empty;
        if (text.Length > MessageMaxLength || text.Any(character => char.IsControl(character) && character is not ('\n' or '\r' or '\t')))
        {
            return TeamsErrors.ApplicationMessageInvalid;
        }

        var application = new TeamApplication(Guid.CreateVersion7(now), team.Id, applicantId, text, StoredTime.From(now));
        application.Raise(new ApplicationSubmitted(application.Id, team.Id, team.Name, applicantId, team.CaptainId));
        return application;
    }

    public bool IsVisibleTo(Team team, Guid userId) => userId == ApplicantId || team.IsCaptain(userId);

    /// <summary>The captain takes the applicant onto the roster (refused when it is full).</summary>
    public Result<TeamApplication> Accept(Team team, Guid actorId, DateTimeOffset now)
    {
        var allowed = RequirePendingDecision(team, actorId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var admitted = team.Admit(ApplicantId, now);
        if (!admitted.IsSuccess)
        {
            return admitted.Error;
        }

        Decide(ApplicationStatus.Accepted, now);
        Raise(new ApplicationAccepted(Id, TeamId, team.Name, ApplicantId, actorId));
        return this;
    }

    public Result<TeamApplication> Reject(Team team, Guid actorId, DateTimeOffset now)
    {
        var allowed = RequirePendingDecision(team, actorId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        Decide(ApplicationStatus.Rejected, now);
        Raise(new ApplicationRejected(Id, TeamId, team.Name, ApplicantId, actorId));
        return this;
    }

    /// <summary>The applicant takes it back while it is pending.</summary>
    public Result<TeamApplication> Withdraw(Guid actorId, DateTimeOffset now)
    {
        if (actorId != ApplicantId)
        {
            return TeamsErrors.NotApplicant;
        }

        if (!IsPending)
        {
            return TeamsErrors.ApplicationNotPending;
        }

        Decide(ApplicationStatus.Withdrawn, now);
        Raise(new ApplicationWithdrawn(Id, TeamId, ApplicantId));
        return this;
    }

    private Result<TeamApplication> RequirePendingDecision(Team team, Guid actorId)
    {
        if (!team.IsCaptain(actorId))
        {
            return TeamsErrors.PermissionDenied;
        }

        return IsPending ? this : TeamsErrors.ApplicationNotPending;
    }

    private void Decide(ApplicationStatus status, DateTimeOffset now)
    {
        Status = status;
        DecidedAt = StoredTime.From(now);
    }
}

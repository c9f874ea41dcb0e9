namespace Platform.Domain.Teams;

/// <summary>What happened to a team, raised by <see cref="Team"/> only.</summary>
public abstract record TeamEvent(Guid TeamId) : IDomainEvent;

public sealed record TeamCreated(Guid TeamId, Guid CaptainId) : TeamEvent(TeamId);

public sealed record TeamUpdated(Guid TeamId, Guid ActorId) : TeamEvent(TeamId);

public sealed record TeamCaptainChanged(Guid TeamId, Guid FormerCaptainId, Guid CaptainId) : TeamEvent(TeamId);

public sealed record TeamMemberJoined(Guid TeamId, Guid UserId) : TeamEvent(TeamId);

public sealed record TeamMemberLeft(Guid TeamId, Guid ActorId, Guid UserId) : TeamEvent(TeamId);

/// <summary>The team is gone; <paramref name="MemberIds"/> were on its roster (their player pages list teams).</summary>
public sealed record TeamDeleted(Guid TeamId, Guid ActorId, IReadOnlyList<Guid> MemberIds) : TeamEvent(TeamId);

/// <summary>What happened to an application, raised by <see cref="TeamApplication"/> only.</summary>
public abstract record ApplicationEvent(Guid ApplicationId, Guid TeamId, Guid ApplicantId) : IDomainEvent;

/// <summary>A player applied to the team of this name; <paramref name="CaptainId"/> is told.</summary>
public sealed record ApplicationSubmitted(Guid ApplicationId, Guid TeamId, string TeamName, Guid ApplicantId, Guid CaptainId)
    : ApplicationEvent(ApplicationId, TeamId, ApplicantId);

/// <summary>The captain took the applicant onto the roster; the applicant is told.</summary>
public sealed record ApplicationAccepted(Guid ApplicationId, Guid TeamId, string TeamName, Guid ApplicantId, Guid CaptainId)
    : ApplicationEvent(ApplicationId, TeamId, ApplicantId);

/// <summary>The captain turned the application down; the applicant is told.</summary>
public sealed record ApplicationRejected(Guid ApplicationId, Guid TeamId, string TeamName, Guid ApplicantId, Guid CaptainId)
    : ApplicationEvent(ApplicationId, TeamId, ApplicantId);

public sealed record ApplicationWithdrawn(Guid ApplicationId, Guid TeamId, Guid ApplicantId)
    : ApplicationEvent(ApplicationId, TeamId, ApplicantId);

/// <summary>A player saved their profile, raised by <see cref="PlayerProfile"/> only.</summary>
public sealed record PlayerProfileUpdated(Guid UserId) : IDomainEvent;

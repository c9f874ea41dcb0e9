namespace Platform.Domain.Teams;

/// <summary>Where an application to a team stands; only <see cref="Pending"/> changes.</summary>
public enum ApplicationStatus
{
    Pending,
    Accepted,
    Rejected,
    Withdrawn,
}

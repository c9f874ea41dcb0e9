namespace Platform.Domain.Tournaments;

/// <summary>Where a team's entry stands: an application the organisers decide, with a waitlist past capacity.</summary>
public enum EntryStatus
{
    Pending,
    Accepted,
    Waitlisted,
    Rejected,
    Withdrawn,
}

namespace Platform.Domain.Teams;

/// <summary>A player on a team's roster and since when.</summary>
public sealed class TeamMember
{
    private TeamMember(Guid userId, DateTimeOffset joinedAt)
    {
        UserId = userId;
        JoinedAt = joinedAt;
    }

    public Guid UserId { get; }

    public DateTimeOffset JoinedAt { get; }

    internal static TeamMember Join(Guid userId, DateTimeOffset joinedAt) => new(userId, joinedAt);
}

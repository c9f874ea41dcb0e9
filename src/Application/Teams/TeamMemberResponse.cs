namespace Platform.Application.Teams;

/// <summary>A member of a team's roster.</summary>
/// <param name="UserId">The player.</param>
/// <param name="DisplayName">Their public name.</param>
/// <param name="IsCaptain">Whether they are the team's captain.</param>
/// <param name="JoinedAt">When they joined (UTC).</param>
public sealed record TeamMemberResponse(Guid UserId, string DisplayName, bool IsCaptain, DateTimeOffset JoinedAt);

namespace Platform.Domain.Matches;

/// <summary>
/// What the matches module knows of a team taking part: its captain (who acts for it) and its roster (whom a lineup
/// may name), as the teams module says at the time of the request.
/// </summary>
public sealed record MatchSide(Guid TeamId, string Sport, Guid CaptainId, IReadOnlySet<Guid> MemberIds);

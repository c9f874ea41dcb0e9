namespace Platform.Domain.Tournaments;

/// <summary>A team as it enters: its captain (who acts for it) and its roster at that moment.</summary>
public sealed record EntrantTeam(Guid TeamId, string Sport, Guid CaptainId, IReadOnlySet<Guid> MemberIds);

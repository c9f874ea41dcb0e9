namespace Platform.Domain.Tournaments;

/// <summary>A team's entry: its status, when it was sent and accepted, its roster when it entered, and its seed once accepted.</summary>
public sealed class TournamentEntry
{
    private readonly List<Guid> _playerIds = [];

    private TournamentEntry(Guid id, Guid teamId, Guid captainId, DateTimeOffset enteredAt)
    {
        Id = id;
        TeamId = teamId;
        CaptainId = captainId;
        EnteredAt = enteredAt;
    }

    public Guid Id { get; }

    public Guid TeamId { get; }

    public Guid CaptainId { get; }

    public IReadOnlyList<Guid> PlayerIds => _playerIds;

    public EntryStatus Status { get; private set; }

    public DateTimeOffset EnteredAt { get; }

    /// <summary>When it was accepted or put on the waitlist: the order of default seeds and of promotions.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>1 for the top seed; set for accepted entries, and kept by one withdrawn after the start.</summary>
    public int? Seed { get; internal set; }

    /// <summary>Counts against capacity or holds its players: pending, accepted or waitlisted.</summary>
    public bool IsActive => Status is EntryStatus.Pending or EntryStatus.Accepted or EntryStatus.Waitlisted;

    internal static TournamentEntry Enter(EntrantTeam team, DateTimeOffset now)
    {
        var entry = new TournamentEntry(Guid.CreateVersion7(now), team.TeamId, team.CaptainId, StoredTime.From(now));
        entry._playerIds.AddRange(team.MemberIds);
        return entry;
    }

    /// <summary>Withdrawn after the start: out of the competition, but still its seed in the draw (its matches are forfeit).</summary>
    internal void Retire(DateTimeOffset now)
    {
        Status = EntryStatus.Withdrawn;
        DecidedAt = StoredTime.From(now);
    }

    internal void Decide(EntryStatus status, DateTimeOffset now)
    {
        Status = status;
        DecidedAt = StoredTime.From(now);
        if (status != EntryStatus.Accepted)
        {
            Seed = null;
        }
    }
}

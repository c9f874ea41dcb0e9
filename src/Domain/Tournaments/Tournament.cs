using Platform.Domain.Community;
using Platform.Domain.Community.Brackets;

namespace Platform.Domain.Tournaments;

/// <summary>
/// A tournament before its start: its organisers, its settings and the teams' entries. Entries are applications the
/// organisers decide; past capacity an accepted entry waits on the waitlist and moves up, in the order it was decided,
/// when a place frees. Seeds follow the order of acceptance until the organisers set or draw them. Every change raises
/// its <see cref="TournamentEvent"/>.
/// </summary>
public sealed class Tournament : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int MaxOrganisers = 20;

    private readonly List<Guid> _organiserIds = [];
    private readonly List<TournamentEntry> _entries = [];
    private readonly List<int> _lots = [];

    private Tournament(Guid id, DateTimeOffset createdAt)
    {
        Id = id;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; }

    public string Name { get; private set; } = string.Empty;

    public string Sport { get; private set; } = string.Empty;

    public string City { get; private set; } = string.Empty;

    /// <summary>The city in upper case: what a list's city filter matches whatever the case.</summary>
    public string CityKey { get; private set; } = string.Empty;

    public TournamentSettings Settings { get; private set; } = null!;

    public TournamentState State { get; private set; }

    public IReadOnlyList<Guid> OrganiserIds => _organiserIds;

    public IReadOnlyList<TournamentEntry> Entries => _entries;

    /// <summary>The drawing of lots recorded at the start: the seeds in a random order, the last tie-break of standings.</summary>
    public IReadOnlyList<int> Lots => _lots;

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; private set; } = 1;

    public bool IsOrganiser(Guid userId) => _organiserIds.Contains(userId);

    public bool IsAtVersion(long version) => Version == version;

    /// <summary>The field by seed (1 first): the accepted entries, and after the start those withdrawn since, which keep their seeds.</summary>
    public IReadOnlyList<TournamentEntry> Seeded =>
        [.. _entries.Where(entry => entry.Seed is not null).OrderBy(entry => entry.Seed)];

    /// <summary>The seeds withdrawn after the start: each match of theirs is forfeit as it comes.</summary>
    public IReadOnlySet<int> WithdrawnSeeds =>
        _entries.Where(entry => entry is { Status: EntryStatus.Withdrawn, Seed: not null }).Select(entry => entry.Seed!.Value).ToHashSet();

    /// <summary>A draft tournament its creator organises; registration opens when they say so.</summary>
    public static Result<Tournament> Create(Guid organiserId, string? name, string? sport, string? city, TournamentSettings settings, DateTimeOffset now)
    {
        var cleanName = CommunityText.Clean(name, NameMaxLength);
        var cleanCity = CommunityText.Clean(city, CommunityText.CityMaxLength);
        if (cleanName is null)
        {
            return TournamentsErrors.NameInvalid;
        }

        if (!Sports.IsKnown(sport))
        {
            return CommunityErrors.SportUnknown;
        }

        if (cleanCity is null)
        {
            return CommunityErrors.CityInvalid;
        }

        var tournament = new Tournament(Guid.CreateVersion7(now), StoredTime.From(now))
        {
            Name = cleanName, Sport = sport!, City = cleanCity, CityKey = CommunityText.KeyOf(cleanCity), Settings = settings, State = TournamentState.Draft,
        };
        tournament._organiserIds.Add(organiserId);
        tournament.Raise(new TournamentCreated(tournament.Id, organiserId));
        return tournament;
    }

    /// <summary>An organiser renames it, moves it or changes its settings before the start; the sport stays (entries were checked against it).</summary>
    public Result<Tournament> Update(Guid actorId, string? name, string? city, TournamentSettings settings, DateTimeOffset now)
    {
        var allowed = RequireNotStarted(actorId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var cleanName = CommunityText.Clean(name, NameMaxLength);
        var cleanCity = CommunityText.Clean(city, CommunityText.CityMaxLength);
        if (cleanName is null)
        {
            return TournamentsErrors.NameInvalid;
        }

        if (cleanCity is null)
        {
            return CommunityErrors.CityInvalid;
        }

        if (settings.Capacity < AcceptedCount)
        {
            return TournamentsErrors.CapacityBelowField;
        }

        Name = cleanName;
        City = cleanCity;
        CityKey = CommunityText.KeyOf(cleanCity);
        Settings = settings;
        Touch(now);
        Raise(new TournamentUpdated(Id));
        return this;
    }

    /// <summary>Why the caller may not delete it now (organisers only, before the start; after it, cancel), if they may not.</summary>
    public Error? RefusalToDelete(Guid actorId) => RequireNotStarted(actorId) is { IsSuccess: false } refused ? refused.Error : null;

    /// <summary>Taken away before the start: nothing was played, so nothing is kept.</summary>
    public Result<Tournament> Delete(Guid actorId)
    {
        if (RefusalToDelete(actorId) is { } refused)
        {
            return refused;
        }

        Raise(new TournamentDeleted(Id));
        return this;
    }

    /// <summary>An organiser calls it off at any point before it is over; the matches played stay as they are.</summary>
    public Result<Tournament> Cancel(Guid actorId, DateTimeOffset now)
    {
        if (!IsOrganiser(actorId))
        {
            return TournamentsErrors.PermissionDenied;
        }

        if (State is TournamentState.Completed or TournamentState.Cancelled)
        {
            return TournamentsErrors.Finished;
        }

        State = TournamentState.Cancelled;
        Touch(now);
        Raise(new TournamentCancelled(Id));
        return this;
    }

    /// <summary>An organiser shares the organising with another user (at most <see cref="MaxOrganisers"/>); adding one twice changes nothing.</summary>
    public Result<Tournament> AddOrganiser(Guid actorId, Guid userId, DateTimeOffset now)
    {
        if (!IsOrganiser(actorId))
        {
            return TournamentsErrors.PermissionDenied;
        }

        if (IsOrganiser(userId))
        {
            return this;
        }

        if (_organiserIds.Count >= MaxOrganisers)
        {
            return TournamentsErrors.TooManyOrganisers;
        }

        _organiserIds.Add(userId);
        Touch(now);
        Raise(new OrganiserAdded(Id, userId));
        return this;
    }

    /// <summary>
    /// An organiser takes another organiser off, or leaves; the last one stays (they cancel or delete it instead).
    /// Removing someone who does not organise changes nothing.
    /// </summary>
    public Result<Tournament> RemoveOrganiser(Guid actorId, Guid userId, DateTimeOffset now)
    {
        if (!IsOrganiser(actorId))
        {
            return TournamentsErrors.PermissionDenied;
        }

        if (!IsOrganiser(userId))
        {
            return this;
        }

        if (_organiserIds.Count == 1)
        {
            return TournamentsErrors.LastOrganiser;
        }

        _organiserIds.Remove(userId);
        Touch(now);
        Raise(new OrganiserRemoved(Id, userId));
        return this;
    }

    /// <summary>
    /// An organiser starts it with the accepted entries as seeded (at least 2, and what the format needs): registration
    /// closes, seeds are fixed, and the drawing of lots that breaks the last ties is recorded. The caller draws the
    /// matches from <see cref="Seeded"/>.
    /// </summary>
    public Result<IReadOnlyList<TournamentEntry>> Start(Guid actorId, IReadOnlyList<int> lots, DateTimeOffset now)
    {
        if (!IsOrganiser(actorId))
        {
            return TournamentsErrors.PermissionDenied;
        }

        if (State is not (TournamentState.Draft or TournamentState.Registration))
        {
            return State == TournamentState.Cancelled ? TournamentsErrors.Finished : TournamentsErrors.AlreadyStarted;
        }

        var field = Seeded;
        if (Settings.RefusalToStart(field.Count) is { } refused)
        {
            return refused;
        }

        if (lots.Count != field.Count || !lots.Order().SequenceEqual(Enumerable.Range(1, field.Count)))
        {
            return TournamentsErrors.LotsInvalid;
        }

        _lots.Clear();
        _lots.AddRange(lots);
        State = TournamentState.InProgress;
        StartedAt = StoredTime.From(now);
        Touch(now);
        Raise(new TournamentStarted(Id, [.. field.Select(entry => entry.CaptainId)]));
        return Result<IReadOnlyList<TournamentEntry>>.Success(field);
    }

    /// <summary>The last match is decided: the tournament is over, with its final placings (entry ids, first place first).</summary>
    public Result<Tournament> Complete(IReadOnlyList<Guid> placings, DateTimeOffset now)
    {
        if (State != TournamentState.InProgress)
        {
            return State is TournamentState.Completed or TournamentState.Cancelled ? TournamentsErrors.Finished : TournamentsErrors.NotStarted;
        }

        State = TournamentState.Completed;
        Touch(now);
        Raise(new TournamentCompleted(Id, placings));
        return this;
    }

    /// <summary>A completed tournament is under way again: an organiser's edit changed a result its end followed from.</summary>
    public bool Reopen(DateTimeOffset now)
    {
        if (State != TournamentState.Completed)
        {
            return false;
        }

        State = TournamentState.InProgress;
        Touch(now);
        Raise(new TournamentReopened(Id));
        return true;
    }

    /// <summary>The accepted entry of a seed (1 = the favourite), once seeds are fixed.</summary>
    public TournamentEntry? EntryOfSeed(int seed) => _entries.Find(entry => entry.Status == EntryStatus.Accepted && entry.Seed == seed);

    public Result<Tournament> OpenRegistration(Guid actorId, DateTimeOffset now)
    {
        if (!IsOrganiser(actorId))
        {
            return TournamentsErrors.PermissionDenied;
        }

        if (State != TournamentState.Draft)
        {
            return State == TournamentState.Registration ? this : TournamentsErrors.AlreadyStarted;
        }

        State = TournamentState.Registration;
        Touch(now);
        Raise(new RegistrationOpened(Id));
        return this;
    }

    /// <summary>A team's captain enters it; the entry is pending until the organisers decide.</summary>
    public Result<TournamentEntry> Enter(EntrantTeam team, Guid actorId, DateTimeOffset now)
    {
        if (actorId != team.CaptainId)
        {
            return TournamentsErrors.PermissionDenied;
        }

        if (State != TournamentState.Registration)
        {
            return TournamentsErrors.RegistrationClosed;
        }

        if (team.Sport != Sport)
        {
            return TournamentsErrors.SportDiffers;
        }

        if (_entries.Exists(entry => entry.TeamId == team.TeamId && entry.IsActive))
        {
            return TournamentsErrors.EntryAlreadyExists;
        }

        if (team.MemberIds.Count < Settings.MinimumRoster)
        {
            return TournamentsErrors.RosterTooSmall;
        }

        if (_entries.Exists(entry => entry.IsActive && entry.PlayerIds.Any(team.MemberIds.Contains)))
        {
            return TournamentsErrors.PlayerInTwoEntries;
        }

        var entry = TournamentEntry.Enter(team, now);
        _entries.Add(entry);
        Touch(now);
        Raise(new EntrySubmitted(Id, entry.Id, team.TeamId, team.CaptainId));
        return entry;
    }

    /// <summary>An organiser accepts a pending entry: into the field while there is room, else onto the waitlist.</summary>
    public Result<TournamentEntry> AcceptEntry(Guid actorId, Guid entryId, DateTimeOffset now)
    {
        var pending = PendingEntry(actorId, entryId);
        if (!pending.IsSuccess)
        {
            return pending.Error;
        }

        var entry = pending.Value;
        if (AcceptedCount < Settings.Capacity)
        {
            Admit(entry, now);
            Raise(new EntryAccepted(Id, entry.Id, entry.TeamId, entry.CaptainId));
        }
        else
        {
            entry.Decide(EntryStatus.Waitlisted, now);
            Raise(new EntryWaitlisted(Id, entry.Id, entry.TeamId, entry.CaptainId));
        }

        Touch(now);
        return entry;
    }

    public Result<TournamentEntry> RejectEntry(Guid actorId, Guid entryId, DateTimeOffset now)
    {
        var pending = PendingEntry(actorId, entryId);
        if (!pending.IsSuccess)
        {
            return pending.Error;
        }

        pending.Value.Decide(EntryStatus.Rejected, now);
        Touch(now);
        Raise(new EntryRejected(Id, entryId, pending.Value.TeamId, pending.Value.CaptainId));
        return pending.Value;
    }

    /// <summary>
    /// An organiser or the team's captain withdraws an entry: before the start as <see cref="WithdrawBeforeStart"/>;
    /// while the tournament is in progress the entry leaves the competition but keeps its seed, and the caller forfeits
    /// its matches to the opponents as each comes (no score is invented).
    /// </summary>
    public Result<TournamentEntry> Withdraw(Guid actorId, Guid entryId, DateTimeOffset now)
    {
        if (State != TournamentState.InProgress)
        {
            return State is TournamentState.Completed or TournamentState.Cancelled ? TournamentsErrors.Finished : WithdrawBeforeStart(actorId, entryId, now);
        }

        var entry = _entries.Find(candidate => candidate.Id == entryId);
        if (entry is null)
        {
            return TournamentsErrors.EntryNotFound;
        }

        if (!IsOrganiser(actorId) && actorId != entry.CaptainId)
        {
            return TournamentsErrors.PermissionDenied;
        }

        if (entry.Status != EntryStatus.Accepted)
        {
            return TournamentsErrors.EntryNotPending;
        }

        entry.Retire(now);
        Touch(now);
        Raise(new EntryWithdrawn(Id, entry.Id, entry.TeamId));
        return entry;
    }

    /// <summary>
    /// Before the start an organiser or the team's captain withdraws an entry: the seeds below close up and the first
    /// of the waitlist, if any, takes the place as the last seed.
    /// </summary>
    public Result<TournamentEntry> WithdrawBeforeStart(Guid actorId, Guid entryId, DateTimeOffset now)
    {
        var entry = _entries.Find(candidate => candidate.Id == entryId);
        if (entry is null)
        {
            return TournamentsErrors.EntryNotFound;
        }

        if (!IsOrganiser(actorId) && actorId != entry.CaptainId)
        {
            return TournamentsErrors.PermissionDenied;
        }

        if (State is not (TournamentState.Draft or TournamentState.Registration))
        {
            return TournamentsErrors.AlreadyStarted;
        }

        if (!entry.IsActive)
        {
            return TournamentsErrors.EntryNotPending;
        }

        var freedPlace = entry.Status == EntryStatus.Accepted;
        entry.Decide(EntryStatus.Withdrawn, now);
        Raise(new EntryWithdrawn(Id, entry.Id, entry.TeamId));
        if (freedPlace)
        {
            CloseUpSeeds();
            var next = _entries.Where(candidate => candidate.Status == EntryStatus.Waitlisted).OrderBy(candidate => candidate.DecidedAt).ThenBy(candidate => candidate.Id).FirstOrDefault();
            if (next is not null)
            {
                Admit(next, now);
                Raise(new EntryPromoted(Id, next.Id, next.TeamId, next.CaptainId));
            }
        }

        Touch(now);
        return entry;
    }

    /// <summary>
    /// A team deleted before the start leaves: its entry is withdrawn as if its captain had withdrawn it (the seeds close
    /// up, the waitlist moves up). False when it had no entry that counts.
    /// </summary>
    public bool WithdrawDeletedTeam(Guid teamId, DateTimeOffset now) =>
        _entries.Find(entry => entry.TeamId == teamId && entry.IsActive) is { } entry
        && WithdrawBeforeStart(entry.CaptainId, entry.Id, now).IsSuccess;

    /// <summary>An organiser orders the accepted entries (top seed first); every accepted entry exactly once.</summary>
    public Result<Tournament> SetSeeds(Guid actorId, IReadOnlyList<Guid> entryIds, DateTimeOffset now)
    {
        var allowed = RequireSeedable(actorId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var accepted = _entries.Where(entry => entry.Status == EntryStatus.Accepted).ToDictionary(entry => entry.Id);
        if (entryIds.Count != accepted.Count || entryIds.Distinct().Count() != accepted.Count || !entryIds.All(accepted.ContainsKey))
        {
            return TournamentsErrors.SeedsInvalid;
        }

        for (var index = 0; index < entryIds.Count; index++)
        {
            accepted[entryIds[index]].Seed = index + 1;
        }

        Touch(now);
        Raise(new SeedsChanged(Id));
        return this;
    }

    /// <summary>An organiser draws the seeds by lot (the draw's random source is the caller's, so tests can fix it).</summary>
    public Result<Tournament> RandomizeSeeds(Guid actorId, Random random, DateTimeOffset now)
    {
        var order = Seeded.Select(entry => entry.Id).ToArray();
        random.Shuffle(order);
        return SetSeeds(actorId, order, now);
    }

    private int AcceptedCount => _entries.Count(entry => entry.Status == EntryStatus.Accepted);

    private void Admit(TournamentEntry entry, DateTimeOffset now)
    {
        entry.Decide(EntryStatus.Accepted, now);
        entry.Seed = AcceptedCount;
    }

    private void CloseUpSeeds()
    {
        var seed = 1;
        foreach (var entry in Seeded)
        {
            entry.Seed = seed++;
        }
    }

    private Result<TournamentEntry> PendingEntry(Guid actorId, Guid entryId)
    {
        if (!IsOrganiser(actorId))
        {
            return TournamentsErrors.PermissionDenied;
        }

        var entry = _entries.Find(candidate => candidate.Id == entryId);
        if (entry is null)
        {
            return TournamentsErrors.EntryNotFound;
        }

        if (State != TournamentState.Registration)
        {
            return TournamentsErrors.RegistrationClosed;
        }

        return entry.Status == EntryStatus.Pending ? entry : TournamentsErrors.EntryNotPending;
    }

    private Result<Tournament> RequireNotStarted(Guid actorId)
    {
        if (!IsOrganiser(actorId))
        {
            return TournamentsErrors.PermissionDenied;
        }

        return State is TournamentState.Draft or TournamentState.Registration ? this
            : State == TournamentState.Cancelled ? TournamentsErrors.Finished : TournamentsErrors.AlreadyStarted;
    }

    private Result<Tournament> RequireSeedable(Guid actorId)
    {
        if (!IsOrganiser(actorId))
        {
            return TournamentsErrors.PermissionDenied;
        }

        return State is TournamentState.Draft or TournamentState.Registration ? this : TournamentsErrors.SeedingLocked;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = StoredTime.From(now);
        Version++;
    }
}

using Platform.Domain.Community.Brackets;

namespace Platform.Domain.Matches;

/// <summary>
/// A match between two teams: when and where it is played, the result one side reports and the other confirms or
/// disputes, and every step in its history. Everyone signed in sees a match; its report and history only the two teams
/// and those who decide it. A friendly is proposed by the home captain and accepted by the away captain; a report waits
/// for confirmation until <see cref="ConfirmationDeadline"/>, after which it counts as confirmed. Every change raises
/// its <see cref="MatchEvent"/> and goes up one <see cref="Version"/>.
/// </summary>
public sealed class Match : AggregateRoot
{
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 300;
    public const int ReasonMaxLength = 1000;
    public const int MaxLineup = 100;

    public static readonly TimeSpan DefaultConfirmationWindow = TimeSpan.FromHours(24);

    private readonly List<MatchHistoryEntry> _history = [];
    private readonly List<Guid> _homeLineup = [];
    private readonly List<Guid> _awayLineup = [];
    private readonly List<Guid> _forfeitedBy = [];

    private Match(Guid id, Guid? homeTeamId, Guid? awayTeamId, DateTimeOffset createdAt)
    {
        Id = id;
        HomeTeamId = homeTeamId;
        AwayTeamId = awayTeamId;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; }

    /// <summary>The home side; a tournament's match has nobody here until its feeder is decided.</summary>
    public Guid? HomeTeamId { get; private set; }

    public Guid? AwayTeamId { get; private set; }

    /// <summary>The tournament whose draw planned this match; null for a friendly.</summary>
    public Guid? TournamentId { get; private set; }

    /// <summary>Its side of an elimination bracket; null for friendlies and for round robin and Swiss games.</summary>
    public BracketSide? Side { get; private set; }

    /// <summary>Its round in the tournament (from 1), and its number within the round and side (from 1, in bracket order).</summary>
    public int? Round { get; private set; }

    public int? Number { get; private set; }

    /// <summary>Whether a level score stands as a draw (friendlies, round robin and Swiss) or must name a winner (elimination).</summary>
    public bool DrawAllowed { get; private set; } = true;

    /// <summary>How long a reported result waits for the other side before it stands.</summary>
    public TimeSpan ConfirmationWindow { get; private set; } = DefaultConfirmationWindow;

    public string Sport { get; private set; } = string.Empty;

    public Guid? PlaygroundId { get; private set; }

    /// <summary>When it kicks off; a tournament's match may have no time set and is played once ready.</summary>
    public DateTimeOffset? ScheduledAt { get; private set; }

    public int? DurationMinutes { get; private set; }

    /// <summary>When it ends as scheduled: what a playground's pitches are booked until.</summary>
    public DateTimeOffset? EndsAt { get; private set; }

    public MatchStatus Status { get; private set; }

    /// <summary>The side whose proposal (or reschedule) waits for the other side's answer.</summary>
    public Guid? ProposedByTeamId { get; private set; }

    /// <summary>The result one side reported, while it waits for the other side or a decision.</summary>
    public MatchReport? Report { get; private set; }

    public DateTimeOffset? ConfirmationDeadline { get; private set; }

    /// <summary>The final result, once completed.</summary>
    public MatchResult? Result { get; private set; }

    /// <summary>Whether the result stood because nobody answered the report by its deadline.</summary>
    public bool AutoConfirmed { get; private set; }

    public string? DisputeReason { get; private set; }

    /// <summary>The teams that lost by forfeit: did not show, withdrew, or (empty) the other side never came, a walkover.</summary>
    public IReadOnlyList<Guid> ForfeitedBy => _forfeitedBy;

    /// <summary>Who won once decided: the result's winner (null for a draw), or the side that did not forfeit.</summary>
    public Guid? WinnerTeamId => Status switch
    {
        MatchStatus.Completed => Result?.WinnerTeamId,
        MatchStatus.Forfeit => new[] { HomeTeamId, AwayTeamId }.OfType<Guid>().Where(team => !_forfeitedBy.Contains(team)).ToList() is [var winner] ? winner : null,
        _ => null,
    };

    public IReadOnlyList<Guid> HomeLineup => _homeLineup;

    public IReadOnlyList<Guid> AwayLineup => _awayLineup;

    public IReadOnlyList<MatchHistoryEntry> History => _history;

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; private set; } = 1;

    public bool IsAtVersion(long version) => Version == version;

    public bool IsDecided => Status is MatchStatus.Completed or MatchStatus.Forfeit;

    public bool Involves(Guid teamId) => teamId == HomeTeamId || teamId == AwayTeamId;

    /// <summary>The sides once both are known: events are raised only then (a pending tournament match raises none but its readiness).</summary>
    private Guid Home => HomeTeamId.GetValueOrDefault();

    private Guid Away => AwayTeamId.GetValueOrDefault();

    /// <summary>The home captain proposes a friendly to the away team; its captain accepts or declines.</summary>
    public static Result<Match> Propose(MatchSide home, MatchSide away, Guid actorId, Guid? playgroundId, DateTimeOffset scheduledAt, int durationMinutes, DateTimeOffset now)
    {
        if (actorId != home.CaptainId)
        {
            return MatchesErrors.PermissionDenied;
        }

        if (home.TeamId == away.TeamId)
        {
            return MatchesErrors.SameTeam;
        }

        if (home.Sport != away.Sport)
        {
            return MatchesErrors.SportsDiffer;
        }

        var timing = ValidTiming(scheduledAt, durationMinutes, now);
        if (!timing.IsSuccess)
        {
            return timing.Error;
        }

        var match = new Match(Guid.CreateVersion7(now), home.TeamId, away.TeamId, StoredTime.From(now))
        {
            Sport = home.Sport,
            PlaygroundId = playgroundId,
            ScheduledAt = StoredTime.From(scheduledAt),
            DurationMinutes = durationMinutes,
            EndsAt = StoredTime.From(scheduledAt).AddMinutes(durationMinutes),
            Status = MatchStatus.Proposed,
            ProposedByTeamId = home.TeamId,
        };
        match.Record(now, actorId, "proposed", $"for {match.ScheduledAt:O}, {durationMinutes} minutes");
        match.RaiseEvent(new MatchProposed(match.Id, home.TeamId, away.TeamId, away.CaptainId, StoredTime.From(scheduledAt)));
        return match;
    }

    /// <summary>
    /// A match a tournament's draw plans, with the teams its seeds already name: ready when both are known (its
    /// captains hear of it with the tournament's start), pending otherwise until its feeders are decided; no kickoff
    /// time is set. Elimination matches name a winner whatever the score.
    /// </summary>
    public static Match ForTournament(
        Guid tournamentId, BracketSide? side, int round, int number, string sport, Guid? homeTeamId, Guid? awayTeamId, bool drawAllowed, TimeSpan confirmationWindow,
        DateTimeOffset now)
    {
        var match = new Match(Guid.CreateVersion7(now), homeTeamId, awayTeamId, StoredTime.From(now))
        {
            TournamentId = tournamentId,
            Side = side,
            Round = round,
            Number = number,
            Sport = sport,
            DrawAllowed = drawAllowed,
            ConfirmationWindow = confirmationWindow,
            Status = homeTeamId is not null && awayTeamId is not null ? MatchStatus.Ready : MatchStatus.Pending,
        };
        match.Record(now, actorId: null, "planned", side is null ? $"round {round}, match {number}" : $"{side} round {round}, match {number}");
        return match;
    }

    /// <summary>
    /// Puts the teams its feeders sent into a pending tournament match; with both known it is ready (and its captains
    /// are told). False when there was nothing to change.
    /// </summary>
    public bool Seat(Guid? homeTeamId, Guid? awayTeamId, DateTimeOffset now)
    {
        if (Status != MatchStatus.Pending || (HomeTeamId == homeTeamId && AwayTeamId == awayTeamId && (homeTeamId is null || awayTeamId is null)))
        {
            return false;
        }

        HomeTeamId = homeTeamId;
        AwayTeamId = awayTeamId;
        if (homeTeamId is { } home && awayTeamId is { } away)
        {
            Status = MatchStatus.Ready;
            Touch(now, actorId: null, "ready", string.Empty);
            RaiseEvent(new MatchReady(Id, home, away));
        }
        else
        {
            Touch(now, actorId: null, "seated", string.Empty);
        }

        return true;
    }

    /// <summary>A pending tournament match its bracket no longer needs (a grand final's reset after the winners' side champion won).</summary>
    public bool SetNotNeeded(DateTimeOffset now)
    {
        if (Status != MatchStatus.Pending)
        {
            return false;
        }

        Status = MatchStatus.NotNeeded;
        Touch(now, actorId: null, "not needed", string.Empty);
        Raise(new MatchNotNeeded(Id, TournamentId!.Value));
        return true;
    }

    /// <summary>The captain of the side that did not propose agrees: the match is scheduled.</summary>
    public Result<Match> Accept(MatchSide actorSide, Guid actorId, DateTimeOffset now)
    {
        var answer = RequireAnswer(actorSide, actorId);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        Status = MatchStatus.Scheduled;
        Touch(now, actorId, "accepted", string.Empty);
        RaiseEvent(new MatchScheduled(Id, Home, Away, ScheduledAt!.Value));
        return this;
    }

    /// <summary>The captain of the side that did not propose says no: the match is cancelled.</summary>
    public Result<Match> Decline(MatchSide actorSide, Guid actorId, DateTimeOffset now)
    {
        var answer = RequireAnswer(actorSide, actorId);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        Status = MatchStatus.Cancelled;
        Touch(now, actorId, "declined", string.Empty);
        RaiseEvent(new MatchCancelled(Id, Home, Away, actorId));
        return this;
    }

    /// <summary>Either captain calls off a proposed or scheduled match.</summary>
    public Result<Match> Cancel(MatchSide actorSide, Guid actorId, DateTimeOffset now)
    {
        var allowed = RequireCaptain(actorSide, actorId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        if (Status is not (MatchStatus.Proposed or MatchStatus.Scheduled))
        {
            return IsDecided ? MatchesErrors.Decided : MatchesErrors.NotCancellable;
        }

        Status = MatchStatus.Cancelled;
        Touch(now, actorId, "cancelled", string.Empty);
        RaiseEvent(new MatchCancelled(Id, Home, Away, actorId));
        return this;
    }

    /// <summary>Either captain moves a proposed or scheduled match; the other side must accept again.</summary>
    public Result<Match> Reschedule(MatchSide actorSide, Guid actorId, Guid? playgroundId, DateTimeOffset scheduledAt, int durationMinutes, DateTimeOffset now)
    {
        var allowed = RequireCaptain(actorSide, actorId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        if (Status is not (MatchStatus.Proposed or MatchStatus.Scheduled) || TournamentId is not null)
        {
            return IsDecided ? MatchesErrors.Decided : MatchesErrors.NotCancellable;
        }

        var timed = Time(playgroundId, scheduledAt, durationMinutes, now);
        if (!timed.IsSuccess)
        {
            return timed.Error;
        }

        Status = MatchStatus.Proposed;
        ProposedByTeamId = actorSide.TeamId;
        Touch(now, actorId, "rescheduled", $"to {ScheduledAt:O}, {durationMinutes} minutes");
        RaiseEvent(new MatchProposed(Id, Home, Away, OtherThan(actorSide.TeamId), StoredTime.From(scheduledAt)));
        return this;
    }

    /// <summary>
    /// An organiser sets or moves the kickoff of a tournament match not yet reported, pending or ready: the status
    /// stays, and a ready match takes reports once the kickoff has passed. The caller has checked the organiser and
    /// books the playground.
    /// </summary>
    public Result<Match> SetKickoff(Guid actorId, Guid? playgroundId, DateTimeOffset scheduledAt, int durationMinutes, DateTimeOffset now)
    {
        if (TournamentId is not { } tournamentId || Status is not (MatchStatus.Pending or MatchStatus.Ready))
        {
            return IsDecided ? MatchesErrors.Decided : MatchesErrors.NotSchedulable;
        }

        var timed = Time(playgroundId, scheduledAt, durationMinutes, now);
        if (!timed.IsSuccess)
        {
            return timed.Error;
        }

        Touch(now, actorId, "kickoff set", $"for {ScheduledAt:O}, {durationMinutes} minutes");
        Raise(new MatchKickoffSet(Id, tournamentId, HomeTeamId, AwayTeamId, StoredTime.From(scheduledAt)));
        return this;
    }

    /// <summary>
    /// A captain reports the result once the match has started. The first report waits for the other side until
    /// <see cref="ConfirmationWindow"/> has passed; the other side reporting the same completes the match, another result
    /// disputes it.
    /// </summary>
    public Result<Match> ReportResult(MatchSide actorSide, Guid actorId, MatchResult result, IReadOnlyList<Guid> lineup, DateTimeOffset now)
    {
        var allowed = RequireCaptain(actorSide, actorId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        if (IsDecided)
        {
            return MatchesErrors.Decided;
        }

        if (!lineup.All(actorSide.MemberIds.Contains) || lineup.Count > MaxLineup)
        {
            return MatchesErrors.LineupNotOnRoster;
        }

        if (Status == MatchStatus.AwaitingConfirmation && Report!.ReportedByTeamId != actorSide.TeamId)
        {
            SetLineup(actorSide.TeamId, lineup);
            return result == Report.Result ? Complete(now, actorId, result, autoConfirmed: false, byDecision: false, "confirmed by the same report")
                : OpenDispute(now, actorId, "the other side reported another result");
        }

        if (Status is not (MatchStatus.Scheduled or MatchStatus.Ready) || (ScheduledAt is { } kickoff && now < kickoff))
        {
            return MatchesErrors.NotReportable;
        }

        Report = new MatchReport(actorSide.TeamId, actorId, result, [.. lineup], StoredTime.From(now));
        SetLineup(actorSide.TeamId, lineup);
        ConfirmationDeadline = StoredTime.From(now + ConfirmationWindow);
        Status = MatchStatus.AwaitingConfirmation;
        Touch(now, actorId, "reported", $"{result.HomeScore}:{result.AwayScore}");
        RaiseEvent(new MatchResultReported(Id, Home, Away, actorSide.TeamId, OtherThan(actorSide.TeamId), ConfirmationDeadline.Value));
        return this;
    }

    /// <summary>The other side's captain agrees with the reported result: the match is completed.</summary>
    public Result<Match> Confirm(MatchSide actorSide, Guid actorId, DateTimeOffset now)
    {
        var answer = RequireAnswerToReport(actorSide, actorId);
        return answer.IsSuccess ? Complete(now, actorId, Report!.Result, autoConfirmed: false, byDecision: false, "confirmed") : answer.Error;
    }

    /// <summary>The other side's captain disagrees: nothing advances until a decision.</summary>
    public Result<Match> Dispute(MatchSide actorSide, Guid actorId, string? reason, DateTimeOffset now)
    {
        var answer = RequireAnswerToReport(actorSide, actorId);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var text = ValidReason(reason);
        return text is null ? MatchesErrors.ReasonInvalid : OpenDispute(now, actorId, text);
    }

    /// <summary>Someone who decides (a moderator for friendlies) settles the result of a match not yet decided; final for the teams.</summary>
    public Result<Match> Decide(Guid actorId, MatchResult result, string? reason, DateTimeOffset now)
    {
        if (IsDecided)
        {
            return MatchesErrors.Decided;
        }

        if (Status is not (MatchStatus.Scheduled or MatchStatus.Ready or MatchStatus.AwaitingConfirmation or MatchStatus.Disputed))
        {
            return MatchesErrors.NotReportable;
        }

        var text = ValidReason(reason);
        return text is null ? MatchesErrors.ReasonInvalid : Complete(now, actorId, result, autoConfirmed: false, byDecision: true, $"decided: {text}");
    }

    /// <summary>
    /// Someone who decides (a tournament's organiser) records that one or both teams did not show: the match is a
    /// forfeit, no score is invented, and the side that showed goes on (nobody when neither did).
    /// </summary>
    public Result<Match> Forfeit(IReadOnlyCollection<Guid> absentTeamIds, Guid actorId, DateTimeOffset now)
    {
        if (IsDecided)
        {
            return MatchesErrors.Decided;
        }

        if (TournamentId is null || Status is not (MatchStatus.Ready or MatchStatus.AwaitingConfirmation or MatchStatus.Disputed))
        {
            return MatchesErrors.NotForfeitable;
        }

        if (absentTeamIds.Count == 0 || !absentTeamIds.All(Involves))
        {
            return MatchesErrors.ForfeitNotInMatch;
        }

        DeclareForfeit(absentTeamIds, actorId, now, "forfeited: no show");
        return this;
    }

    /// <summary>
    /// The bracket settles a tournament match nobody plays: a withdrawn team's (it forfeits), or one whose other side
    /// never comes (a walkover, nobody forfeits). Seats the sides it names first. False when the match is decided.
    /// </summary>
    public bool AwardWithoutPlay(Guid? homeTeamId, Guid? awayTeamId, IReadOnlyCollection<Guid> absentTeamIds, DateTimeOffset now)
    {
        if (TournamentId is null || IsDecided || Status is MatchStatus.NotNeeded or MatchStatus.Cancelled)
        {
            return false;
        }

        HomeTeamId ??= homeTeamId;
        AwayTeamId ??= awayTeamId;
        DeclareForfeit(absentTeamIds, actorId: null, now, absentTeamIds.Count == 0 ? "walkover" : "forfeited: withdrawn");
        return true;
    }

    /// <summary>
    /// Someone who decides (a tournament's organiser, a moderator for a friendly) gives a decided match another result,
    /// with a reason; a forfeit becomes a played result. What follows from a new winner is the tournament's to undo.
    /// </summary>
    public Result<Match> Revise(Guid actorId, MatchResult result, string? reason, DateTimeOffset now)
    {
        if (!IsDecided)
        {
            return MatchesErrors.NotDecided;
        }

        var text = ValidReason(reason);
        if (text is null)
        {
            return MatchesErrors.ReasonInvalid;
        }

        var previousWinner = WinnerTeamId;
        Result = result;
        AutoConfirmed = false;
        _forfeitedBy.Clear();
        Status = MatchStatus.Completed;
        Touch(now, actorId, "revised", $"{result.HomeScore}:{result.AwayScore}, {text}");
        RaiseEvent(new MatchResultRevised(Id, Home, Away, previousWinner, result.WinnerTeamId, result.HomeScore, result.AwayScore));
        return this;
    }

    /// <summary>
    /// An earlier result of its tournament changed: the match goes back to pending, its sides and anything reported or
    /// decided cleared, for the bracket to seat it again. What was reported or decided is reverted (its event lets
    /// statistics and awards be undone). False when it was pending already.
    /// </summary>
    public bool Reopen(DateTimeOffset now)
    {
        if (TournamentId is null || Status == MatchStatus.Pending)
        {
            return false;
        }

        var (home, away, winner, reverted) = (Home, Away, WinnerTeamId, Report is not null || IsDecided);
        Status = MatchStatus.Pending;
        HomeTeamId = null;
        AwayTeamId = null;
        Report = null;
        Result = null;
        ConfirmationDeadline = null;
        AutoConfirmed = false;
        DisputeReason = null;
        _forfeitedBy.Clear();
        _homeLineup.Clear();
        _awayLineup.Clear();
        Touch(now, actorId: null, "reopened", "an earlier result of the tournament changed");
        if (reverted)
        {
            RaiseEvent(new MatchResultReverted(Id, home, away, winner));
        }

        return true;
    }

    /// <summary>
    /// A team was deleted: its friendly not yet decided is cancelled (a tournament's matches are not: a team in a running
    /// tournament is not deleted). False when there was nothing to cancel.
    /// </summary>
    public bool CancelForDeletedTeam(Guid teamId, Guid actorId, DateTimeOffset now)
    {
        if (TournamentId is not null || !Involves(teamId) || IsDecided || Status is MatchStatus.Cancelled)
        {
            return false;
        }

        Status = MatchStatus.Cancelled;
        Touch(now, actorId, "cancelled", "a team was deleted");
        RaiseEvent(new MatchCancelled(Id, Home, Away, actorId));
        return true;
    }

    /// <summary>A report nobody answered by its deadline stands: completed, auto-confirmed. False when there is nothing due.</summary>
    public bool ConfirmIfDue(DateTimeOffset now)
    {
        if (Status != MatchStatus.AwaitingConfirmation || ConfirmationDeadline is not { } deadline || now < deadline)
        {
            return false;
        }

        Complete(now, actorId: null, Report!.Result, autoConfirmed: true, byDecision: false, "confirmed automatically at the deadline");
        return true;
    }

    public bool IsCaptainOf(MatchSide side, Guid userId) => Involves(side.TeamId) && side.CaptainId == userId;

    private Result<Match> Complete(DateTimeOffset now, Guid? actorId, MatchResult result, bool autoConfirmed, bool byDecision, string details)
    {
        Result = result;
        AutoConfirmed = autoConfirmed;
        Status = MatchStatus.Completed;
        Touch(now, actorId, "completed", $"{result.HomeScore}:{result.AwayScore}, {details}");
        RaiseEvent(new MatchCompleted(Id, Home, Away, result.HomeScore, result.AwayScore, result.WinnerTeamId, autoConfirmed, byDecision, [.. _homeLineup], [.. _awayLineup]));
        return this;
    }

    /// <summary>Raises a match event naming the tournament the match belongs to, if any (what a bracket's cache is invalidated by).</summary>
    private void RaiseEvent(MatchEvent domainEvent) => Raise(domainEvent with { TournamentId = TournamentId });

    private void DeclareForfeit(IReadOnlyCollection<Guid> absentTeamIds, Guid? actorId, DateTimeOffset now, string details)
    {
        _forfeitedBy.Clear();
        _forfeitedBy.AddRange(absentTeamIds.Distinct());
        ConfirmationDeadline = null;
        Status = MatchStatus.Forfeit;
        Touch(now, actorId, "forfeit", details);
        RaiseEvent(new MatchForfeited(Id, Home, Away, [.. _forfeitedBy], WinnerTeamId));
    }

    private Result<Match> OpenDispute(DateTimeOffset now, Guid actorId, string reason)
    {
        Status = MatchStatus.Disputed;
        DisputeReason = reason;
        Touch(now, actorId, "disputed", reason);
        RaiseEvent(new MatchDisputed(Id, Home, Away, actorId, reason));
        return this;
    }

    private Result<Match> RequireCaptain(MatchSide actorSide, Guid actorId) =>
        IsCaptainOf(actorSide, actorId) ? this : MatchesErrors.PermissionDenied;

    private Result<Match> RequireAnswer(MatchSide actorSide, Guid actorId)
    {
        var allowed = RequireCaptain(actorSide, actorId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        if (Status != MatchStatus.Proposed)
        {
            return MatchesErrors.NotProposed;
        }

        return actorSide.TeamId == ProposedByTeamId ? MatchesErrors.PermissionDenied : this;
    }

    private Result<Match> RequireAnswerToReport(MatchSide actorSide, Guid actorId)
    {
        var allowed = RequireCaptain(actorSide, actorId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        if (IsDecided)
        {
            return MatchesErrors.Decided;
        }

        if (Status != MatchStatus.AwaitingConfirmation)
        {
            return MatchesErrors.NotAwaitingConfirmation;
        }

        return Report!.ReportedByTeamId == actorSide.TeamId ? MatchesErrors.OwnReport : this;
    }

    private void SetLineup(Guid teamId, IReadOnlyList<Guid> lineup)
    {
        var target = teamId == HomeTeamId ? _homeLineup : _awayLineup;
        target.Clear();
        target.AddRange(lineup.Distinct());
    }

    private Guid OtherThan(Guid teamId) => teamId == Home ? Away : Home;

    private void Touch(DateTimeOffset now, Guid? actorId, string action, string details)
    {
        UpdatedAt = StoredTime.From(now);
        Version++;
        Record(now, actorId, action, details);
    }

    private void Record(DateTimeOffset now, Guid? actorId, string action, string details) =>
        _history.Add(new MatchHistoryEntry(StoredTime.From(now), actorId, action, details));

    /// <summary>Moves the match to a valid time and place (in the future, 15 to 300 minutes long).</summary>
    private Result<bool> Time(Guid? playgroundId, DateTimeOffset scheduledAt, int durationMinutes, DateTimeOffset now)
    {
        var timing = ValidTiming(scheduledAt, durationMinutes, now);
        if (!timing.IsSuccess)
        {
            return timing.Error;
        }

        PlaygroundId = playgroundId;
        ScheduledAt = StoredTime.From(scheduledAt);
        DurationMinutes = durationMinutes;
        EndsAt = ScheduledAt.Value.AddMinutes(durationMinutes);
        return true;
    }

    private static Result<bool> ValidTiming(DateTimeOffset scheduledAt, int durationMinutes, DateTimeOffset now)
    {
        if (durationMinutes is < MinDurationMinutes or > MaxDurationMinutes)
        {
            return MatchesErrors.DurationInvalid;
        }

        return scheduledAt <= now ? MatchesErrors.InThePast : true;
    }

    private static string? ValidReason(string? reason)
    {
        var text = reason?.Trim();
        return string.IsNullOrEmpty(text) || text.Length > ReasonMaxLength || text.Any(character => char.IsControl(character) && character is not ('\n' or '\r'))
            ? null
            : text;
    }
}

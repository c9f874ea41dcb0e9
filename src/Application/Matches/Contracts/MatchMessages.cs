using Platform.Application.Common.Outbox;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.Contracts;

// What the matches module tells the rest of the platform through the outbox (ADR 37).

/// <summary>A friendly was proposed or moved; <paramref name="AnsweringCaptainId"/> accepts or declines it.</summary>
[OutboxMessage("matches.proposed.v1")]
public sealed record MatchProposedV1(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, Guid AnsweringCaptainId, DateTimeOffset ScheduledAt) : IOutboxMessage<MatchProposed>;

/// <summary>A side reported a result; <paramref name="ConfirmingTeamId"/> confirms or disputes it by <paramref name="Deadline"/>.</summary>
[OutboxMessage("matches.result-reported.v1")]
public sealed record MatchResultReportedV1(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, Guid ReportingTeamId, Guid ConfirmingTeamId, DateTimeOffset Deadline)
    : IOutboxMessage<MatchResultReported>;

/// <summary>A reported result is disputed; nothing advances until a decision.</summary>
[OutboxMessage("matches.disputed.v1")]
public sealed record MatchDisputedV1(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, Guid ActorId, string Reason) : IOutboxMessage<MatchDisputed>;

/// <summary>A match's result is final, with both lineups (for statistics and awards).</summary>
[OutboxMessage("matches.completed.v1")]
public sealed record MatchCompletedV1(
    Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, int HomeScore, int AwayScore, Guid? WinnerTeamId, bool AutoConfirmed, bool ByDecision,
    IReadOnlyList<Guid> HomeLineup, IReadOnlyList<Guid> AwayLineup) : IOutboxMessage<MatchCompleted>;

/// <summary>A tournament match's two sides are known: both captains hear that their next match is set.</summary>
[OutboxMessage("matches.ready.v1")]
public sealed record MatchReadyV1(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, Guid TournamentId) : IOutboxMessage<MatchReady>;

/// <summary>An organiser set or moved a tournament match's kickoff; the captains of the sides already known hear of it.</summary>
[OutboxMessage("matches.kickoff-set.v1")]
public sealed record MatchKickoffSetV1(Guid MatchId, Guid TournamentId, Guid? HomeTeamId, Guid? AwayTeamId, DateTimeOffset ScheduledAt) : IOutboxMessage<MatchKickoffSet>;

using Platform.Application.Common.Outbox;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.Contracts;

// What the tournaments module tells the rest of the platform through the outbox (ADR 37).

/// <summary>A captain entered a team; the organisers are told.</summary>
[OutboxMessage("tournaments.entry-submitted.v1")]
public sealed record EntrySubmittedV1(Guid TournamentId, Guid EntryId, Guid TeamId, Guid CaptainId) : IOutboxMessage<EntrySubmitted>;

/// <summary>An organiser rejected a team's entry; its captain is told.</summary>
[OutboxMessage("tournaments.entry-rejected.v1")]
public sealed record EntryRejectedV1(Guid TournamentId, Guid EntryId, Guid TeamId, Guid CaptainId) : IOutboxMessage<EntryRejected>;

/// <summary>An organiser accepted a team's entry into the field; its captain is told.</summary>
[OutboxMessage("tournaments.entry-accepted.v1")]
public sealed record EntryAcceptedV1(Guid TournamentId, Guid EntryId, Guid TeamId, Guid CaptainId) : IOutboxMessage<EntryAccepted>;

/// <summary>An entry was accepted past capacity and waits for a place; its captain is told.</summary>
[OutboxMessage("tournaments.entry-waitlisted.v1")]
public sealed record EntryWaitlistedV1(Guid TournamentId, Guid EntryId, Guid TeamId, Guid CaptainId) : IOutboxMessage<EntryWaitlisted>;

/// <summary>A place freed and the first waitlisted entry took it; its captain is told.</summary>
[OutboxMessage("tournaments.entry-promoted.v1")]
public sealed record EntryPromotedV1(Guid TournamentId, Guid EntryId, Guid TeamId, Guid CaptainId) : IOutboxMessage<EntryPromoted>;

/// <summary>The tournament started and its draw was made; the captains of the field are told.</summary>
[OutboxMessage("tournaments.started.v1")]
public sealed record TournamentStartedV1(Guid TournamentId, IReadOnlyList<Guid> CaptainIds) : IOutboxMessage<TournamentStarted>;

/// <summary>The tournament's last match was decided; <paramref name="Placings"/> are its entries, first place first.</summary>
[OutboxMessage("tournaments.completed.v1")]
public sealed record TournamentCompletedV1(Guid TournamentId, IReadOnlyList<Guid> Placings) : IOutboxMessage<TournamentCompleted>;

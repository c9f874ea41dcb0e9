namespace Platform.Domain.Tournaments;

/// <summary>What happened to a tournament, raised by <see cref="Tournament"/> only.</summary>
public abstract record TournamentEvent(Guid TournamentId) : IDomainEvent;

public sealed record TournamentCreated(Guid TournamentId, Guid OrganiserId) : TournamentEvent(TournamentId);

public sealed record RegistrationOpened(Guid TournamentId) : TournamentEvent(TournamentId);

/// <summary>A captain entered a team; the organisers decide.</summary>
public sealed record EntrySubmitted(Guid TournamentId, Guid EntryId, Guid TeamId, Guid CaptainId) : TournamentEvent(TournamentId);

/// <summary>The entry is in the field; its captain is told.</summary>
public sealed record EntryAccepted(Guid TournamentId, Guid EntryId, Guid TeamId, Guid CaptainId) : TournamentEvent(TournamentId);

/// <summary>Accepted past capacity: the entry waits for a place; its captain is told.</summary>
public sealed record EntryWaitlisted(Guid TournamentId, Guid EntryId, Guid TeamId, Guid CaptainId) : TournamentEvent(TournamentId);

/// <summary>A place freed and the first waitlisted entry took it; its captain is told.</summary>
public sealed record EntryPromoted(Guid TournamentId, Guid EntryId, Guid TeamId, Guid CaptainId) : TournamentEvent(TournamentId);

public sealed record EntryRejected(Guid TournamentId, Guid EntryId, Guid TeamId, Guid CaptainId) : TournamentEvent(TournamentId);

public sealed record EntryWithdrawn(Guid TournamentId, Guid EntryId, Guid TeamId) : TournamentEvent(TournamentId);

public sealed record SeedsChanged(Guid TournamentId) : TournamentEvent(TournamentId);

public sealed record TournamentUpdated(Guid TournamentId) : TournamentEvent(TournamentId);

public sealed record TournamentDeleted(Guid TournamentId) : TournamentEvent(TournamentId);

public sealed record TournamentCancelled(Guid TournamentId) : TournamentEvent(TournamentId);

public sealed record OrganiserAdded(Guid TournamentId, Guid UserId) : TournamentEvent(TournamentId);

public sealed record OrganiserRemoved(Guid TournamentId, Guid UserId) : TournamentEvent(TournamentId);

/// <summary>Registration closed and the draw was made; the captains of <paramref name="CaptainIds"/> are told.</summary>
public sealed record TournamentStarted(Guid TournamentId, IReadOnlyList<Guid> CaptainIds) : TournamentEvent(TournamentId);

/// <summary>A result edit reopened a completed tournament; it completes again, with new placings, when its last match is decided.</summary>
public sealed record TournamentReopened(Guid TournamentId) : TournamentEvent(TournamentId);

/// <summary>Its last match was decided; <paramref name="Placings"/> are the entries' ids, first place first.</summary>
public sealed record TournamentCompleted(Guid TournamentId, IReadOnlyList<Guid> Placings) : TournamentEvent(TournamentId);

using Platform.Application.Common.Outbox;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.Contracts;

// What the teams module tells the rest of the platform through the outbox (ADR 37). TeamName is the team's name when
// the change was made.

/// <summary>A player applied to a team; its captain decides.</summary>
[OutboxMessage("teams.application-submitted.v1")]
public sealed record ApplicationSubmittedV1(Guid ApplicationId, Guid TeamId, string TeamName, Guid ApplicantId, Guid CaptainId) : IOutboxMessage<ApplicationSubmitted>;

/// <summary>A team's captain accepted a player, who is on its roster now.</summary>
[OutboxMessage("teams.application-accepted.v1")]
public sealed record ApplicationAcceptedV1(Guid ApplicationId, Guid TeamId, string TeamName, Guid ApplicantId, Guid CaptainId) : IOutboxMessage<ApplicationAccepted>;

/// <summary>A team's captain turned a player's application down.</summary>
[OutboxMessage("teams.application-rejected.v1")]
public sealed record ApplicationRejectedV1(Guid ApplicationId, Guid TeamId, string TeamName, Guid ApplicantId, Guid CaptainId) : IOutboxMessage<ApplicationRejected>;

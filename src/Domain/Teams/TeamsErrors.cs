using Platform.Domain.Community;

namespace Platform.Domain.Teams;

/// <summary>The expected failures of the Teams module (teams, their applications and player profiles), with the codes clients see.</summary>
public static class TeamsErrors
{
    public static readonly Error NameInvalid =
        Error.Validation("team_name_invalid", "The name must be 1 to 100 characters without control characters.");

    public static readonly Error NameTaken =
        Error.Conflict("team_name_taken", "Another team of this sport has this name (names are compared without case).");

    public static readonly Error SportUnknown = CommunityErrors.SportUnknown;

    public static readonly Error CityInvalid = CommunityErrors.CityInvalid;

    public static readonly Error RosterLimitInvalid =
        Error.Validation("roster_limit_invalid", "The roster limit must be 1 to 100.");

    public static readonly Error RosterLimitBelowRoster =
        Error.Conflict("roster_limit_below_roster", "The roster limit cannot be lower than the number of members the team has.");

    public static readonly Error PositionsInvalid =
        Error.Validation("positions_invalid", "At most 10 positions, each 1 to 40 characters without control characters.");

    /// <summary>Only for ids that do not exist: every signed-in user sees every team.</summary>
    public static readonly Error NotFound =
        Error.NotFound("team_not_found", "The team does not exist.");

    public static readonly Error PermissionDenied =
        Error.Forbidden("team_permission_denied", "Only the team's captain may do this.");

    public static readonly Error VersionMismatch =
        Error.PreconditionFailed("precondition_failed", "The team changed since you read it (If-Match does not match its ETag); read it again.");

    public static readonly Error ProfileVersionMismatch =
        Error.PreconditionFailed("precondition_failed", "Your profile changed since you read it (If-Match does not match its ETag); read it again.");

    public static readonly Error MemberNotFound =
        Error.NotFound("team_member_not_found", "The user is not a member of this team.");

    public static readonly Error AlreadyMember =
        Error.Conflict("already_member", "The player is already a member of this team.");

    public static readonly Error CaptainMustHandOver =
        Error.Conflict("captain_must_hand_over", "The captain cannot leave the team: hand the captaincy over first (POST /captain), or delete the team.");

    public static readonly Error RosterFull =
        Error.Conflict("roster_full", "The team's roster is full.");

    public static readonly Error NotRecruiting =
        Error.Conflict("team_not_recruiting", "The team does not take applications now.");

    public static readonly Error InActiveTournament =
        Error.Conflict("team_in_active_tournament", "The team plays in a tournament that is under way; it can be deleted once that ends.");

    public static readonly Error ApplicationNotFound =
        Error.NotFound("application_not_found", "The application does not exist.");

    public static readonly Error ApplicationAlreadyPending =
        Error.Conflict("application_already_pending", "You already have a pending application to this team.");

    public static readonly Error ApplicationNotPending =
        Error.Conflict("application_not_pending", "The application was already decided or withdrawn.");

    public static readonly Error ApplicationMessageInvalid =
        Error.Validation("application_message_invalid", "The message must be at most 1000 characters without control characters other than line breaks and tabs.");

    public static readonly Error NotApplicant =
        Error.Forbidden("application_permission_denied", "Only the applicant may withdraw an application.");

    public static readonly Error PlayerNotFound =
        Error.NotFound("player_not_found", "The player does not exist.");

    /// <summary>409 <c>reapply_cooldown</c>, naming in <c>retryAfter</c> when the player may apply to this team again.</summary>
    public static Error ReapplyCooldownUntil(DateTimeOffset until) =>
        Error.Conflict("reapply_cooldown", $"The team rejected your application less than 7 days ago; you may apply again from {until.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}.")
            with { Details = new Dictionary<string, object?> { ["retryAfter"] = until } };
}

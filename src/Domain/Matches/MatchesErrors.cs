using Platform.Domain.Community;

namespace Platform.Domain.Matches;

/// <summary>The expected failures of the Matches module, with the codes clients see (bracket codes shared with <see cref="CommunityErrors"/>).</summary>
public static class MatchesErrors
{
    /// <summary>Only for an id that does not exist: every signed-in user reads every match (its report and history excepted).</summary>
    public static readonly Error NotFound = CommunityErrors.MatchNotFound;

    public static readonly Error Decided = CommunityErrors.MatchDecided;

    public static readonly Error NotReportable = CommunityErrors.MatchNotReportable;

    public static readonly Error WinnerNotInMatch = CommunityErrors.WinnerNotInMatch;

    public static readonly Error PermissionDenied =
        Error.Forbidden("match_permission_denied", "Only the captains of the two teams (and, to decide, a moderator or organiser) may do this.");

    public static readonly Error SameTeam =
        Error.Unprocessable("match_same_team", "A team does not play itself.");

    public static readonly Error SportsDiffer =
        Error.Unprocessable("match_sports_differ", "The two teams play different sports.");

    public static readonly Error InThePast =
        Error.Unprocessable("match_in_the_past", "A match is scheduled in the future.");

    public static readonly Error DurationInvalid =
        Error.Validation("match_duration_invalid", "A match lasts 15 to 300 minutes.");

    public static readonly Error NotProposed =
        Error.Conflict("match_not_proposed", "The match is not waiting for an answer to a proposal.");

    public static readonly Error NotSchedulable =
        Error.Conflict("match_not_schedulable", "Only a tournament's pending or ready match, not yet reported, gets its kickoff from the organisers.");

    public static readonly Error NotCancellable =
        Error.Conflict("match_not_cancellable", "Only a proposed or scheduled match can be cancelled or rescheduled.");

    public static readonly Error ScoreInvalid =
        Error.Validation("score_invalid", "Scores are 0 to 999.");

    public static readonly Error WinnerNotHigherScore =
        Error.Unprocessable("winner_not_higher_score", "With different scores the winner is the side with more.");

    public static readonly Error DrawNotAllowed =
        Error.Unprocessable("draw_not_allowed", "A tied score must name its winner and be decided in extra time or on penalties (a friendly may end level in regular time).");

    public static readonly Error LineupNotOnRoster =
        Error.Unprocessable("lineup_not_on_roster", "Every player of a lineup must be on the reporting team's roster.");

    public static readonly Error NotAwaitingConfirmation =
        Error.Conflict("match_not_awaiting_confirmation", "The match has no reported result waiting for confirmation.");

    public static readonly Error OwnReport =
        Error.Forbidden("match_own_report", "The other side confirms or disputes a result, not the side that reported it.");

    public static readonly Error ReasonInvalid =
        Error.Validation("reason_invalid", "A reason is 1 to 1000 characters without control characters other than line breaks.");

    public static readonly Error VersionMismatch =
        Error.PreconditionFailed("precondition_failed", "The match changed since you read it (If-Match does not match its ETag); read it again.");

    public static readonly Error OutsideOpeningHours =
        Error.Unprocessable("outside_opening_hours", "The match does not lie within the playground's opening hours (its local time).");

    public static readonly Error PlaygroundFullyBooked =
        Error.Conflict("playground_fully_booked", "Every pitch of the playground is taken for part of that time.");

    public static readonly Error PlaygroundNotFound =
        Error.NotFound("playground_not_found", "The playground does not exist.");

    public static readonly Error TeamNotFound =
        Error.NotFound("team_not_found", "The team does not exist.");

    public static readonly Error NotForfeitable =
        Error.Conflict("match_not_forfeitable", "Only a tournament's match that is ready, reported or disputed can be forfeited.");

    public static readonly Error ForfeitNotInMatch = CommunityErrors.ForfeitNotInMatch;

    public static readonly Error NotDecided = CommunityErrors.MatchNotDecided;

    public static readonly Error DownstreamAffected =
        Error.Conflict("downstream_matches_affected", "A new winner changes later matches that already have reports or results; send cascade=true to reset them.");

    public static readonly Error TournamentNotFound =
        Error.NotFound("tournament_not_found", "The tournament does not exist.");
}

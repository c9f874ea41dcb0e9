namespace Platform.Domain.Tournaments;

/// <summary>The expected failures of tournaments' registration and seeding, with the codes clients see.</summary>
public static class TournamentsErrors
{
    public static readonly Error NameInvalid =
        Error.Validation("tournament_name_invalid", "The name must be 1 to 100 characters without control characters.");

    public static readonly Error PermissionDenied =
        Error.Forbidden("tournament_permission_denied", "Only the tournament's organisers (or, for its own entry, a team's captain) may do this.");

    public static readonly Error RegistrationClosed =
        Error.Conflict("registration_closed", "The tournament does not take entries now.");

    public static readonly Error EntryAlreadyExists =
        Error.Conflict("entry_already_exists", "The team already has an entry in this tournament.");

    public static readonly Error PlayerInTwoEntries =
        Error.Conflict("player_in_two_entries", "A player of this team is on another team entered in this tournament.");

    public static readonly Error RosterTooSmall =
        Error.Unprocessable("roster_too_small", "The team has fewer players than the tournament's minimum roster.");

    public static readonly Error SportDiffers =
        Error.Unprocessable("tournament_sport_differs", "The team plays another sport than the tournament.");

    public static readonly Error EntryNotFound =
        Error.NotFound("entry_not_found", "The entry does not exist.");

    public static readonly Error EntryNotPending =
        Error.Conflict("entry_not_pending", "The entry was already decided or withdrawn.");

    public static readonly Error SeedingLocked =
        Error.Conflict("seeding_locked", "Seeds are fixed once the tournament has started.");

    public static readonly Error SeedsInvalid =
        Error.Validation("seeds_invalid", "Seeds list every accepted entry exactly once.");

    public static readonly Error AlreadyStarted =
        Error.Conflict("tournament_already_started", "The tournament has already started.");

    public static readonly Error NotFound =
        Error.NotFound("tournament_not_found", "The tournament does not exist.");

    public static readonly Error Finished =
        Error.Conflict("tournament_finished", "The tournament is already completed or cancelled.");

    public static readonly Error NotStarted =
        Error.Conflict("tournament_not_started", "The tournament has not started.");

    public static readonly Error CapacityBelowField =
        Error.Conflict("capacity_below_field", "More entries are accepted than the new capacity takes; withdraw some first.");

    public static readonly Error LastOrganiser =
        Error.Conflict("last_organiser", "A tournament keeps at least one organiser: add another before the last one leaves.");

    public static readonly Error TooManyOrganisers =
        Error.Conflict("too_many_organisers", "A tournament has at most 20 organisers.");

    public static readonly Error LotsInvalid =
        Error.Validation("lots_invalid", "The drawing of lots orders every seed exactly once.");

    public static readonly Error VersionMismatch =
        Error.PreconditionFailed("precondition_failed", "The tournament changed since you read it (If-Match does not match its ETag); read it again.");

    public static readonly Error OrganiserNotFound =
        Error.Unprocessable("organiser_not_found", "There is no user with that id to organise the tournament.");

    public static readonly Error TeamNotFound =
        Error.Unprocessable("entry_team_not_found", "There is no team with that id to enter.");

    public static readonly Error RoundNotComplete =
        Error.Conflict("round_not_complete", "The current round still has matches to decide.");

    public static readonly Error AllRoundsPlayed =
        Error.Conflict("swiss_rounds_played", "Every round the Swiss was set to play has been drawn.");

    public static readonly Error NotSwiss =
        Error.Conflict("tournament_not_swiss", "Only a Swiss draws its rounds one at a time.");

    public static readonly Error NoStandings =
        Error.Conflict("tournament_has_no_standings", "Only a round robin or a Swiss has standings; an elimination bracket has its bracket.");
}

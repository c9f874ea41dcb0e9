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
}

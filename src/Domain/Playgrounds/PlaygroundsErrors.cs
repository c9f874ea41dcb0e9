using Platform.Domain.Community;

namespace Platform.Domain.Playgrounds;

/// <summary>The expected failures of the Playgrounds module, with the codes clients see.</summary>
public static class PlaygroundsErrors
{
    public static readonly Error NameInvalid =
        Error.Validation("playground_name_invalid", "The name must be 1 to 100 characters without control characters.");

    public static readonly Error AddressInvalid =
        Error.Validation("playground_address_invalid", "The address must be 1 to 200 characters without control characters.");

    public static readonly Error CityInvalid = CommunityErrors.CityInvalid;

    public static readonly Error CoordinatesInvalid =
        Error.Validation("coordinates_invalid", "The latitude must be -90 to 90 and the longitude -180 to 180 degrees.");

    public static readonly Error SportsInvalid =
        Error.Validation("playground_sports_invalid", "Name 1 to 10 known sports; the API description lists the codes.");

    public static readonly Error SurfaceInvalid =
        Error.Validation("surface_invalid", "Unknown surface; the API description lists the codes.");

    public static readonly Error PitchesInvalid =
        Error.Validation("pitches_invalid", "A playground has 1 to 50 pitches.");

    public static readonly Error OpeningHoursInvalid =
        Error.Validation("opening_hours_invalid", "At most 28 intervals, each on a weekday from HH:mm to a later HH:mm (24:00 at most), not overlapping on a day.");

    public static readonly Error UnknownTimeZone =
        Error.Unprocessable("unknown_time_zone", "The time zone must be an IANA time zone id such as Europe/Berlin.");

    /// <summary>Only for an id that does not exist: every signed-in user reads every playground.</summary>
    public static readonly Error NotFound =
        Error.NotFound("playground_not_found", "The playground does not exist.");

    public static readonly Error PermissionDenied =
        Error.Forbidden("playground_permission_denied", "Only the playground's creator or a moderator may change it.");

    public static readonly Error VersionMismatch =
        Error.PreconditionFailed("precondition_failed", "The playground changed since you read it (If-Match does not match its ETag); read it again.");
}

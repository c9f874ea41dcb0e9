namespace Platform.Domain.Community;

/// <summary>The expected failures of the Community module, with the codes clients see.</summary>
public static class CommunityErrors
{
    public static readonly Error SportUnknown =
        Error.Validation("sport_unknown", "Unknown sport; the API description lists the sport codes.");

    public static readonly Error CityInvalid =
        Error.Validation("city_invalid", "The city must be 1 to 100 characters without control characters.");

    public static readonly Error TooFewEntrants =
        Error.Unprocessable("too_few_entrants", "A tournament starts with at least 2 accepted entries.");

    public static readonly Error TooManyEntrants =
        Error.Unprocessable("too_many_entrants", "A tournament holds at most 1,024 entries.");

    public static readonly Error MatchDecided =
        Error.Conflict("match_decided", "The match is decided; only an organiser's result edit changes it.");

    public static readonly Error MatchNotFound =
        Error.NotFound("match_not_found", "The match does not exist.");

    public static readonly Error MatchNotDecided =
        Error.Conflict("match_not_decided", "The match has no result to edit yet.");

    public static readonly Error MatchNotReportable =
        Error.Conflict("match_not_reportable", "The match cannot take a result yet: both sides are not known, or it is not needed.");

    public static readonly Error ForfeitNotInMatch =
        Error.Unprocessable("forfeit_not_in_match", "A forfeit names one or both of the match's two teams.");

    public static readonly Error WinnerNotInMatch =
        Error.Unprocessable("winner_not_in_match", "The winner must be one of the match's two teams.");

    public static readonly Error SwissPairingImpossible =
        Error.Conflict("swiss_pairing_impossible", "No pairing of this round was found in which nobody meets an opponent a second time; the tournament has had as many rounds as it can.");

    public static readonly Error SwissRoundsTooMany =
        Error.Unprocessable("swiss_rounds_too_many", "A Swiss of N entries plays at most N - 1 rounds; lower the rounds or accept more entries.");

    public static readonly Error ThirdPlaceNeedsFourEntrants =
        Error.Unprocessable("third_place_needs_four_entrants", "A third-place match needs at least 4 entrants: two semi-finals to lose.");
}

namespace Platform.Domain.Workouts;

/// <summary>The expected failures of the Workouts module, with the codes clients see.</summary>
public static class WorkoutsErrors
{
    public static readonly Error TextInvalid =
        Error.Validation("workout_text_invalid", "The title must be at most 200 characters without control characters, the notes at most 4000.");

    public static readonly Error InFuture =
        Error.Validation("workout_in_future", "A workout cannot start or end in the future.");

    public static readonly Error TimesInvalid =
        Error.Validation("workout_times_invalid", "A workout ends after it starts and lasts at most 24 hours.");

    public static readonly Error TooManySets =
        Error.Validation("workout_too_many_sets", "A workout holds at most 100 sets.");

    public static readonly Error SetMeasuresInvalid =
        Error.Validation(
            "workout_set_measures_invalid",
            "Each set needs the measures of its exercise's category (strength: reps; cardio: a duration or distance; mobility: a duration or reps) " +
            "within sane bounds, and an RPE from 1 to 10 in steps of 0.5.");

    public static readonly Error ExerciseUnavailable =
        Error.Validation("workout_exercise_unavailable", "Each set needs an exercise of the catalogue or of your own that is not archived.");

    public static readonly Error SetOrderInvalid =
        Error.Validation("workout_set_order_invalid", "The order must name every set of the workout exactly once.");

    /// <summary>A set that is not in the workout (another workout's set is not found either).</summary>
    public static readonly Error SetNotFound =
        Error.NotFound("workout_set_not_found", "The set does not exist in this workout.");

    public static readonly Error NoRecords =
        Error.NotFound("personal_records_not_found", "You have not logged a working set of this exercise yet.");

    public static readonly Error TimeZoneUnsupported =
        Error.Unprocessable("workout_stats_time_zone_unsupported", "Your profile's time zone is not known here; choose another IANA time zone.");

    public static readonly Error StatisticsRangeInvalid =
        Error.Validation("workout_stats_range_invalid", "The range runs from a day to the same or a later day, 10 years at most.");

    /// <summary>Also the answer for another user's workout, so that ids of others cannot be probed.</summary>
    public static readonly Error NotFound =
        Error.NotFound("workout_not_found", "The workout does not exist.");
}

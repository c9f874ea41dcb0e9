namespace Platform.Application.Workouts;

/// <summary>The fields of one set as clients send them, whether in a list of sets or as a request of its own.</summary>
public interface ISetFields
{
    Guid ExerciseId { get; }

    int? Reps { get; }

    /// <summary>In the caller's unit.</summary>
    decimal? Weight { get; }

    int? DurationSeconds { get; }

    decimal? DistanceMeters { get; }

    decimal? Rpe { get; }

    bool IsWarmUp { get; }
}

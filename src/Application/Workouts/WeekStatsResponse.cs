namespace Platform.Application.Workouts;

/// <summary>One week of the statistics' range; weeks start on Monday in the caller's time zone.</summary>
/// <param name="WeekStart">The week's Monday.</param>
/// <param name="WorkoutCount">Workouts that started in the week.</param>
/// <param name="SetCount">Their sets, warm-ups included.</param>
/// <param name="Volume">Weight × reps of their working sets, in the answer's unit.</param>
public sealed record WeekStatsResponse(DateOnly WeekStart, int WorkoutCount, int SetCount, decimal Volume);

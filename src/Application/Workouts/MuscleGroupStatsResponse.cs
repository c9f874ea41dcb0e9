namespace Platform.Application.Workouts;

/// <summary>The working sets of exercises that work a muscle group most (one of their primary muscles).</summary>
/// <param name="MuscleGroup">The muscle group, as the exercises name it.</param>
/// <param name="SetCount">Working sets of such exercises.</param>
/// <param name="Volume">Their weight × reps, in the answer's unit.</param>
public sealed record MuscleGroupStatsResponse(string MuscleGroup, int SetCount, decimal Volume);

namespace Platform.Application.Workouts.Contracts;

/// <summary>What other modules may ask of the training diary: the Workouts module's published contract.</summary>
public interface IExerciseUsage
{
    /// <summary>Whether any logged set uses the exercise.</summary>
    Task<bool> IsExerciseUsedAsync(Guid exerciseId, CancellationToken cancellationToken);
}

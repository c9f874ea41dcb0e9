using System.ComponentModel.DataAnnotations;
using Platform.Application.Exercises;
using Platform.Application.Exercises.UpdateExercise;
using Platform.Domain.Exercises;

namespace Platform.Api.Modules.Exercises;

internal static class UpdateExerciseEndpoint
{
    public static RouteHandlerBuilder MapUpdateExercise(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", async Task<Results<Ok<ExerciseResponse>, ProblemHttpResult>> (
                Guid id, UpdateExerciseRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateExerciseCommand(body.Name, body.Category, body.PrimaryMuscles, body.SecondaryMuscles, body.Equipment) { Id = id, OwnerId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Replace the description of an exercise of your own")
            .WithDescription("The catalogue's exercises are read-only: 403 `exercise_read_only`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("UpdateExercise");
}

/// <summary>Replaces the description of one of the caller's own exercises (the catalogue's are read-only).</summary>
/// <param name="Name">1 to 100 characters after trimming; serves as the English and the Russian name.</param>
/// <param name="Category">strength, cardio or mobility.</param>
/// <param name="PrimaryMuscles">1 to 4 muscle groups it works most.</param>
/// <param name="SecondaryMuscles">Up to 8 more; none of the primary ones.</param>
/// <param name="Equipment">What it is done with.</param>
public sealed record UpdateExerciseRequest(
    [property: StringLength(Exercise.NameMaxLength)] string? Name,
    [property: ValuesFrom(typeof(ExerciseNames), nameof(ExerciseNames.Categories))] string? Category,
    [property: MaxLength(Exercise.MaxPrimaryMuscles), ValuesFrom(typeof(MuscleGroups), nameof(MuscleGroups.All))] IReadOnlyList<string>? PrimaryMuscles,
    [property: MaxLength(Exercise.MaxSecondaryMuscles), ValuesFrom(typeof(MuscleGroups), nameof(MuscleGroups.All))] IReadOnlyList<string>? SecondaryMuscles,
    [property: ValuesFrom(typeof(ExerciseEquipment), nameof(ExerciseEquipment.All))] string? Equipment);

using System.ComponentModel.DataAnnotations;
using Platform.Application.Exercises;
using Platform.Application.Exercises.CreateExercise;
using Platform.Domain.Exercises;

namespace Platform.Api.Modules.Exercises;

internal static class CreateExerciseEndpoint
{
    public static RouteHandlerBuilder MapCreateExercise(this IEndpointRouteBuilder group) =>
        group.MapPost("", async Task<Results<Created<ExerciseResponse>, ProblemHttpResult>> (
                CreateExerciseRequest body, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CreateExerciseCommand(body.Name, body.Category, body.PrimaryMuscles, body.SecondaryMuscles, body.Equipment) { OwnerId = user.UserId() }, cancellationToken))
                    .ToCreated(created => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{created.Id}"))
            .WithSummary("Create an exercise of your own")
            .WithDescription("Visible to you alone. The muscle groups and equipment take the names listed on GET /api/v1/exercises.")
            .ProducesValidationProblem()
            .WithName("CreateExercise");
}

/// <summary>Creates an exercise of the caller's own, visible to them alone.</summary>
/// <param name="Name">1 to 100 characters after trimming; serves as the English and the Russian name.</param>
/// <param name="Category">strength, cardio or mobility.</param>
/// <param name="PrimaryMuscles">1 to 4 muscle groups it works most.</param>
/// <param name="SecondaryMuscles">Up to 8 more; none of the primary ones.</param>
/// <param name="Equipment">What it is done with.</param>
public sealed record CreateExerciseRequest(
    [property: StringLength(Exercise.NameMaxLength)] string? Name,
    [property: ValuesFrom(typeof(ExerciseNames), nameof(ExerciseNames.Categories))] string? Category,
    [property: MaxLength(Exercise.MaxPrimaryMuscles), ValuesFrom(typeof(MuscleGroups), nameof(MuscleGroups.All))] IReadOnlyList<string>? PrimaryMuscles,
    [property: MaxLength(Exercise.MaxSecondaryMuscles), ValuesFrom(typeof(MuscleGroups), nameof(MuscleGroups.All))] IReadOnlyList<string>? SecondaryMuscles,
    [property: ValuesFrom(typeof(ExerciseEquipment), nameof(ExerciseEquipment.All))] string? Equipment);

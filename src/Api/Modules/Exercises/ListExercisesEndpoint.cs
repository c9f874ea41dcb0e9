using Platform.Application.Common.Paging;
using Platform.Application.Exercises;
using Platform.Application.Exercises.ListExercises;
using Platform.Domain.Exercises;

namespace Platform.Api.Modules.Exercises;

internal static class ListExercisesEndpoint
{
    public static RouteHandlerBuilder MapListExercises(this IEndpointRouteBuilder group) =>
        group.MapGet("", async Task<Results<Ok<PagedList<ExerciseResponse>>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                string? search = null,
                [ValuesFrom(typeof(ExerciseNames), nameof(ExerciseNames.Categories))] string? category = null,
                [ValuesFrom(typeof(MuscleGroups), nameof(MuscleGroups.All))] string? muscle = null,
                [ValuesFrom(typeof(ExerciseEquipment), nameof(ExerciseEquipment.All))] string? equipment = null, bool includeArchived = false,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
            {
                var query = new ListExercisesQuery(user.UserId())
                {
                    Search = search, Category = category, Muscle = muscle, Equipment = equipment, IncludeArchived = includeArchived,
                    Page = page, PageSize = pageSize,
                };
                return (await mediator.Send(query, cancellationToken)).ToOk();
            })
            .WithSummary("The exercise catalogue and your own exercises, by English name")
            .WithDescription(
                "`search`: part of the English or Russian name, any case. `category`: strength, cardio or mobility. " +
                "`muscle`: chest, upper_back, lats, lower_back, traps, shoulders, biceps, triceps, forearms, abs, obliques, hip_flexors, " +
                "glutes, quadriceps, hamstrings, adductors, abductors, calves or full_body (primary or secondary). `equipment`: bodyweight, " +
                "barbell, dumbbell, kettlebell, machine, cable, band, pull_up_bar, bench, treadmill, bike, rower, jump_rope, mat or foam_roller. " +
                "`includeArchived`: also your archived exercises. `page` from 1, `pageSize` 1-100 (default 20).")
            .ProducesValidationProblem()
            .WithName("ListExercises");
}

using Platform.Application.Workouts;
using Platform.Application.Workouts.GetWorkoutStats;

namespace Platform.Api.Modules.Workouts;

internal static class GetWorkoutStatsEndpoint
{
    public static RouteHandlerBuilder MapGetWorkoutStats(this IEndpointRouteBuilder group) =>
        group.MapGet("/stats", async Task<Results<Ok<WorkoutStatsResponse>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null) =>
                (await mediator.Send(new GetWorkoutStatsQuery(user.UserId(), from, to), cancellationToken)).ToOk())
            .WithSummary("Your training statistics over a range of days")
            .WithDescription(
                "`from` and `to`: days (YYYY-MM-DD, both included) in your profile's time zone, at most 10 years apart; without them the " +
                "84 days up to today. Workout and set counts, volume (weight × reps of working sets, in your `weightUnit`), every week " +
                "(Monday first) with its counts and volume, volume per primary muscle group, and day and week streaks. 422 " +
                "`workout_stats_time_zone_unsupported` when your profile's time zone is not known here.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("GetWorkoutStats");
}

using Platform.Application.Workouts;
using Platform.Application.Workouts.GetPersonalRecords;

namespace Platform.Api.Modules.Workouts;

internal static class GetPersonalRecordsEndpoint
{
    public static RouteHandlerBuilder MapGetPersonalRecords(this IEndpointRouteBuilder group) =>
        group.MapGet("/records/{exerciseId:guid}", async Task<Results<Ok<PersonalRecordsResponse>, ProblemHttpResult>> (
                Guid exerciseId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPersonalRecordsQuery(exerciseId, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("Your personal records of one exercise")
            .WithDescription(
                "Over your working sets (not warm-ups, at least one rep) as they are now: the heaviest weight, the best estimated one-rep max " +
                "(Epley: weight × (1 + reps / 30), a single rep is its own weight, sets of up to 12 reps), the workout with the most volume " +
                "(weight × reps) and, for each weight, the most reps. Weights are in your profile's `weightUnit`. 404 `exercise_not_found` " +
                "for an exercise you cannot see, 404 `personal_records_not_found` before your first working set of it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPersonalRecords");
}

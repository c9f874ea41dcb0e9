using Platform.Application.Exercises.Contracts;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.GetPersonalRecords;

internal sealed class GetPersonalRecordsHandler(IWorkoutProgressRepository progress, IExerciseCatalog exercises, IUserDirectory users)
    : IRequestHandler<GetPersonalRecordsQuery, Result<PersonalRecordsResponse>>
{
    public async Task<Result<PersonalRecordsResponse>> Handle(GetPersonalRecordsQuery request, CancellationToken cancellationToken)
    {
        if ((await exercises.FindVisibleToAsync(request.OwnerId, [request.ExerciseId], cancellationToken)).Count == 0)
        {
            return IExerciseCatalog.ExerciseNotFound;
        }

        var records = await progress.FindRecordsAsync(request.OwnerId, request.ExerciseId, cancellationToken);
        if (records is null)
        {
            return WorkoutsErrors.NoRecords;
        }

        return PersonalRecordsResponse.From(records, (await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken)).WeightUnit);
    }
}

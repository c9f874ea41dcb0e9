using Platform.Application.Exercises;
using Platform.Application.Identity;
using Platform.Domain.Exercises;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.GetPersonalRecords;

internal sealed class GetPersonalRecordsHandler(IWorkoutProgressRepository progress, IExerciseRepository exercises, IUserRepository users)
    : IRequestHandler<GetPersonalRecordsQuery, Result<PersonalRecordsResponse>>
{
    public async Task<Result<PersonalRecordsResponse>> Handle(GetPersonalRecordsQuery request, CancellationToken cancellationToken)
    {
        var exercise = await exercises.FindAsync(request.ExerciseId, cancellationToken);
        if (exercise is null || !exercise.IsVisibleTo(request.OwnerId))
        {
            return ExercisesErrors.NotFound;
        }

        var records = await progress.FindRecordsAsync(request.OwnerId, request.ExerciseId, cancellationToken);
        if (records is null)
        {
            return WorkoutsErrors.NoRecords;
        }

        return PersonalRecordsResponse.From(records, (await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken)).WeightUnit);
    }
}

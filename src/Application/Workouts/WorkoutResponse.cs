using Mapster;
using MapsterMapper;
using Platform.Application.Common;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

/// <summary>A workout with its sets in order.</summary>
/// <param name="Id">The workout's id.</param>
/// <param name="Title">Its title; empty when none.</param>
/// <param name="Notes">Its notes; empty when none.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="EndedAt">When it ended (UTC); null while it goes on.</param>
/// <param name="WeightUnit">kg or lb: the unit of the sets' weights (the caller's profile setting).</param>
/// <param name="Sets">Its sets, by position.</param>
/// <param name="CreatedAt">When it was logged (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record WorkoutResponse(
    Guid Id, string Title, string Notes, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string WeightUnit, IReadOnlyList<WorkoutSetResponse> Sets,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>The diary maps in its owner's weight unit: every weight and volume is shown in it (ADR 30).</summary>
internal static class InWeightUnit
{
    private const string Parameter = "weightUnit";

    public static WeightUnit Unit => (WeightUnit)MapContext.Current!.Parameters[Parameter];

    public static decimal Shown(decimal kilograms) => Weights.FromKilograms(kilograms, Unit);

    public static decimal? Shown(decimal? kilograms) => kilograms.HasValue ? Shown(kilograms.Value) : null;

    public static WorkoutResponse MapIn(this IMapper mapper, Workout workout, WeightUnit unit) =>
        mapper.From(workout).AddParameters(Parameter, unit).AdaptToType<WorkoutResponse>();

    public static PersonalRecordsResponse MapIn(this IMapper mapper, ExerciseRecords records, WeightUnit unit) =>
        mapper.From(records).AddParameters(Parameter, unit).AdaptToType<PersonalRecordsResponse>();

    public static ITypeAdapterBuilder<TSource> In<TSource>(this ITypeAdapterBuilder<TSource> builder, WeightUnit unit) =>
        builder.AddParameters(Parameter, unit);
}

internal sealed class WorkoutMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Workout, WorkoutResponse>()
            .Map(response => response.WeightUnit, _ => WeightUnitNames.Of(InWeightUnit.Unit))
            .Map(response => response.Sets, workout => workout.Sets.OrderBy(set => set.Position));
        config.NewConfig<WorkoutSet, WorkoutSetResponse>().Map(response => response.Weight, set => InWeightUnit.Shown(set.WeightKg));
    }
}

using Mapster;
using Platform.Domain.Exercises;

namespace Platform.Application.Exercises;

/// <summary>An exercise as clients see it.</summary>
/// <param name="Id">The exercise's id.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="NameRu">Its Russian name (a user's own exercise has one name for both).</param>
/// <param name="Category">strength, cardio or mobility.</param>
/// <param name="PrimaryMuscles">The muscle groups it works most.</param>
/// <param name="SecondaryMuscles">The muscle groups it works too.</param>
/// <param name="Equipment">What it is done with.</param>
/// <param name="IsCustom">True for the caller's own exercise, false for the catalogue's.</param>
/// <param name="IsArchived">An archived exercise stays in past workouts but is not offered for new ones.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record ExerciseResponse(
    Guid Id,
    string NameEn,
    string NameRu,
    string Category,
    IReadOnlyList<string> PrimaryMuscles,
    IReadOnlyList<string> SecondaryMuscles,
    string Equipment,
    bool IsCustom,
    bool IsArchived,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

internal sealed class ExerciseMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Exercise, ExerciseResponse>()
            .Map(response => response.Category, exercise => ExerciseNames.Of(exercise.Category))
            .Map(response => response.IsCustom, exercise => !exercise.IsCatalogue);
}

using Platform.Domain.Exercises;

namespace Platform.Application.Exercises;

/// <summary>What a list of exercises is narrowed to; every part is optional.</summary>
/// <param name="Search">Part of the English or Russian name, any case.</param>
/// <param name="Category">Only this category.</param>
/// <param name="Muscle">Only exercises working this muscle group, primarily or not.</param>
/// <param name="Equipment">Only exercises done with this.</param>
/// <param name="IncludeArchived">Also the caller's archived exercises.</param>
public sealed record ExerciseFilter(string? Search, ExerciseCategory? Category, string? Muscle, string? Equipment, bool IncludeArchived);

namespace Platform.Application.Common;

/// <summary>Weight units as clients write and read them: kg, lb.</summary>
public static class WeightUnitNames
{
    public static readonly IReadOnlyList<string> All = ["kg", "lb"];

    public static string Of(WeightUnit unit) => unit.ToString().ToLowerInvariant();

    public static WeightUnit? From(string? name) =>
        Enum.TryParse<WeightUnit>(name, ignoreCase: true, out var unit) && All.Contains(name!.ToLowerInvariant()) ? unit : null;
}

namespace Platform.Domain.Common;

/// <summary>
/// Converts weights between a user's unit and the stored kilograms. Kilograms are kept to 4 decimals, so that a
/// weight entered in pounds to 2 decimals reads back exactly (the rounding error stays under 0.001 lb).
/// </summary>
public static class Weights
{
    /// <summary>The international avoirdupois pound (1959), exactly.</summary>
    public const decimal KilogramsPerPound = 0.45359237m;

    /// <summary>Decimals of a stored weight in kilograms.</summary>
    public const int StoredScale = 4;

    /// <summary>Decimals of a weight shown to or entered by a user.</summary>
    public const int ShownScale = 2;

    public static decimal ToKilograms(decimal weight, WeightUnit unit) =>
        Math.Round(unit == WeightUnit.Lb ? weight * KilogramsPerPound : weight, StoredScale, MidpointRounding.AwayFromZero);

    public static decimal FromKilograms(decimal kilograms, WeightUnit unit) =>
        Math.Round(unit == WeightUnit.Lb ? kilograms / KilogramsPerPound : kilograms, ShownScale, MidpointRounding.AwayFromZero);
}

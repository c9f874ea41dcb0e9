namespace Platform.Domain.Common;

/// <summary>
/// The inclusive range a measure must fall in, written once: the aggregate refuses a value outside it, and a validator
/// checks the same bounds early to name the field in its 400.
/// </summary>
public readonly record struct Bounds<T>(T Min, T Max)
    where T : struct, IComparable<T>
{
    /// <summary>Whether the value lies within the bounds; no value (the measure was not taken) always does.</summary>
    public bool Allows(T? value) => value is not { } given || (given.CompareTo(Min) >= 0 && given.CompareTo(Max) <= 0);
}

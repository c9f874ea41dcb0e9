namespace Platform.Domain.Common;

/// <summary>The unit a user reads and writes weights in; weights are stored in kilograms whatever it is.</summary>
public enum WeightUnit
{
    Kg,
    Lb,
}

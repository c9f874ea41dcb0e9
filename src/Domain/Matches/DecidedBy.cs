namespace Platform.Domain.Matches;

/// <summary>How a result was reached: in regular time, in extra time, or on penalties (a tied score then names its winner).</summary>
public enum DecidedBy
{
    Regular,
    ExtraTime,
    Penalties,
}

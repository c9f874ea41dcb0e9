namespace Platform.Domain.Common;

/// <summary>What every result exposes without knowing its value type: did it succeed, and if not, why.</summary>
public interface IOutcome
{
    bool IsSuccess { get; }

    Error? Error { get; }

    /// <summary>A failure whose changes the unit of work saves all the same (<see cref="RecordedRefusal"/>).</summary>
    bool IsRecordedRefusal { get; }
}

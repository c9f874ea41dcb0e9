namespace Platform.Domain.Common;

/// <summary>What every result exposes without knowing its value type: did it succeed, and if not, why.</summary>
public interface IOutcome
{
    bool IsSuccess { get; }

    Error? Error { get; }
}

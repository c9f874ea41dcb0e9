namespace Platform.Application.Common.Persistence;

/// <summary>
/// Thrown by <see cref="IUnitOfWork"/> when the database rejects a save because a unique or foreign-key constraint would
/// break: the handler's own check passed, and a concurrent request changed the data meanwhile.
/// </summary>
public sealed class ConstraintViolationException(string constraintName, Exception innerException)
    : Exception($"The constraint '{constraintName}' was violated.", innerException)
{
    public string ConstraintName { get; } = constraintName;
}

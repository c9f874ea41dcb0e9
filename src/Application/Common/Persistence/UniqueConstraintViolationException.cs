namespace Platform.Application.Common.Persistence;

/// <summary>Thrown by <see cref="IUnitOfWork"/> when the database rejects a save because a unique constraint would break.</summary>
public sealed class UniqueConstraintViolationException(string constraintName, Exception innerException)
    : Exception($"The unique constraint '{constraintName}' was violated.", innerException)
{
    public string ConstraintName { get; } = constraintName;
}

namespace Platform.Application.Common.Persistence;

/// <summary>Thrown by <see cref="IUnitOfWork"/> when another request changed a row this one read (an optimistic lock lost).</summary>
public sealed class ConcurrencyConflictException(Exception innerException)
    : Exception("The data changed since it was read.", innerException)
{
    /// <summary>What a client sees: the same 412 as a stale If-Match, since they describe the same race.</summary>
    public static readonly Domain.Common.Error Error =
        Domain.Common.Error.PreconditionFailed("precondition_failed", "The resource changed while your change was being saved; read it again and retry.");
}

namespace Platform.Domain.Common;

/// <summary>
/// A refusal whose changes are saved all the same (ADR 26): the count of failed sign-ins that leads to a lockout, the
/// audit record of a refused action, a session ended because its refresh token was used twice. The unit of work saves
/// and commits what the refused command changed and answers with <see cref="Error"/>; any other failure rolls back
/// everything. The architecture tests list every request that may answer one.
/// </summary>
public sealed record RecordedRefusal(Error Error);

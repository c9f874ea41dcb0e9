namespace Platform.Application.Common.Jobs;

/// <summary>
/// What a scheduled command did: how many rows or items it handled. The job engine logs it; a command a job sends is
/// safe to run twice (the second run finds nothing left to do).
/// </summary>
public sealed record JobRun(int Handled);

namespace Platform.Domain.Identity;

/// <summary>After <see cref="MaxFailedAttempts"/> wrong passwords in a row an account refuses sign-ins for <see cref="Duration"/>.</summary>
public sealed record LockoutPolicy(int MaxFailedAttempts, TimeSpan Duration);

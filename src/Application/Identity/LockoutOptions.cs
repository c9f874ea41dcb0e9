using Platform.Domain.Identity;

namespace Platform.Application.Identity;

/// <summary>Account lockout after repeated wrong passwords (configuration section <c>Lockout</c>).</summary>
public sealed class LockoutOptions
{
    public const string SectionName = "Lockout";

    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);

    public LockoutPolicy Policy => new(MaxFailedAttempts, Duration);
}

using Platform.Domain.Playgrounds;

namespace Platform.Application.Playgrounds.Contracts;

/// <summary>What other modules may know of a playground: the Playgrounds module's published contract.</summary>
public interface IPlaygroundDirectory
{
    /// <summary>The playground's card, or null when there is no such playground.</summary>
    Task<PlaygroundCard?> FindAsync(Guid playgroundId, CancellationToken cancellationToken);
}

/// <summary>A playground as other modules see it: how many matches fit at once and whether it is open at a time.</summary>
public sealed class PlaygroundCard
{
    private readonly Playground _playground;

    internal PlaygroundCard(Playground playground) => _playground = playground;

    public Guid Id => _playground.Id;

    public int Pitches => _playground.Pitches;

    /// <summary>Its IANA time zone.</summary>
    public string TimeZone => _playground.TimeZone;

    /// <summary>Whether a match from <paramref name="start"/> for <paramref name="duration"/> lies within its local opening hours.</summary>
    public bool IsOpenThroughout(DateTimeOffset start, TimeSpan duration) => _playground.IsOpenThroughout(start, duration);

    /// <summary>An instant in its local time.</summary>
    public DateTimeOffset LocalTimeOf(DateTimeOffset instant) => _playground.LocalTimeOf(instant);
}

internal sealed class PlaygroundDirectory(IPlaygroundRepository playgrounds) : IPlaygroundDirectory
{
    public async Task<PlaygroundCard?> FindAsync(Guid playgroundId, CancellationToken cancellationToken) =>
        await playgrounds.FindAsync(playgroundId, cancellationToken) is { } playground ? new PlaygroundCard(playground) : null;
}

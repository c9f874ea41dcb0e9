namespace Platform.Infrastructure.Outbox;

/// <summary>How the outbox relay works (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often the relay looks for messages when no notification woke it (PostgreSQL NOTIFY wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages claimed at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// Messages of a batch a relay delivers at once, each in its own scope and transaction: a delivery mostly waits on
    /// PostgreSQL, so a relay that delivers one at a time leaves its cores idle (docs/benchmarks.md).
    /// </summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>How long a claimed batch is the relay's; a relay killed mid-batch leaves it to another after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts before a message is dead; the waits between them double from <see cref="FirstRetry"/>, with jitter.</summary>
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan LongestRetry { get; set; } = TimeSpan.FromMinutes(30);

    internal bool IsValid =>
        PollInterval > TimeSpan.Zero && BatchSize is > 0 and <= 1000 && Concurrency is > 0 and <= 64 && Lease > TimeSpan.Zero && MaxAttempts > 0
        && FirstRetry > TimeSpan.Zero && LongestRetry >= FirstRetry;

    /// <summary>
    /// The wait after the <paramref name="attempt"/>th failure: <see cref="FirstRetry"/> doubled each time up to
    /// <see cref="LongestRetry"/>, of which a random half to whole is taken, so failed messages do not come back in step.
    /// </summary>
    internal TimeSpan RetryDelay(int attempt, Random random)
    {
        var exponential = Math.Min(LongestRetry.TotalMilliseconds, FirstRetry.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30)));
        return TimeSpan.FromMilliseconds(exponential * (0.5 + (random.NextDouble() / 2)));
    }
}

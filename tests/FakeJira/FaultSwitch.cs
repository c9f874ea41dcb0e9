namespace Platform.FakeJira;

/// <summary>
/// The faults a test switches on: rate limiting (429 with <c>Retry-After</c>, "0" included; Data Center's with an HTML
/// body), 503s, latency, hanging requests, broken paging (a repeated token, an empty page that still has a token) and
/// how many issues a search page holds at most (Jira answers fewer than asked).
/// </summary>
public sealed class FaultSwitch
{
    private int _rateLimited;
    private int _unavailable;
    private int _repeatedTokens;
    private int _emptyPages;

    /// <summary>The <c>Retry-After</c> value of the next 429s (seconds, as Jira sends it); null sends none.</summary>
    public string? RetryAfter { get; private set; } = "1";

    /// <summary>Added to every answer.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>While set, every request waits until it is cleared or the caller gives up.</summary>
    public bool Hanging { get; set; }

    /// <summary>The most issues one search page holds, whatever was asked.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>The next <paramref name="times"/> requests get 429 with <paramref name="retryAfter"/> (null: no header).</summary>
    public void RateLimit(int times, string? retryAfter = "1")
    {
        RetryAfter = retryAfter;
        Volatile.Write(ref _rateLimited, times);
    }

    /// <summary>The next <paramref name="times"/> requests get 503.</summary>
    public void Unavailable(int times) => Volatile.Write(ref _unavailable, times);

    /// <summary>The next <paramref name="times"/> search pages hand back the token they were asked with.</summary>
    public void RepeatTokens(int times) => Volatile.Write(ref _repeatedTokens, times);

    /// <summary>The next <paramref name="times"/> search pages are empty but still carry a next token.</summary>
    public void EmptyPagesWithToken(int times) => Volatile.Write(ref _emptyPages, times);

    public void Reset()
    {
        RateLimit(0);
        Unavailable(0);
        RepeatTokens(0);
        EmptyPagesWithToken(0);
        Latency = TimeSpan.Zero;
        Hanging = false;
        MaxPageSize = 50;
    }

    internal bool TakeRateLimit() => Take(ref _rateLimited);

    internal bool TakeUnavailable() => Take(ref _unavailable);

    internal bool TakeRepeatedToken() => Take(ref _repeatedTokens);

    internal bool TakeEmptyPage() => Take(ref _emptyPages);

    private static bool Take(ref int remaining)
    {
        while (true)
        {
            var left = Volatile.Read(ref remaining);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref remaining, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}

/// <summary>One request the fake received, as a test asserts on it: never the secret, only how it authenticated.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? AuthScheme, string? Body, DateTimeOffset At);

/// <summary>Every request the fake received, oldest first.</summary>
public sealed class RequestRecorder
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public void Clear() => _requests.Clear();

    internal void Record(RecordedRequest request) => _requests.Enqueue(request);
}

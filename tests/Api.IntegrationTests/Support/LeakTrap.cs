using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Platform.Api.IntegrationTests.Support;

/// <summary>
/// A log provider that every host of the suite logs into, at every level and category, that fails the test whose log
/// lines hold what must never be logged (ADR 41): an e-mail address (any, so every test user's), a JWT,
/// a link carrying a token, a connection-string password, or a password or token a test client sent or received
/// (<see cref="SecretRecorder"/>). Lines are checked as providers get them, after redaction: message, state values,
/// scopes and exception.
/// </summary>
public sealed partial class LeakTrap : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _leaks = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public LeakTrap()
    {
        Remember(ApiTest.Password);
    }

    /// <summary>Adds a value that no log line may contain from now on; short values would match by chance and are skipped.</summary>
    public void Remember(string? secret)
    {
        if (secret is { Length: >= 8 })
        {
            _secrets.TryAdd(secret, 0);
        }
    }

    /// <summary>Fails with every leak seen since the last call, and forgets them.</summary>
    public void AssertNoLeaks()
    {
        var leaks = new List<string>();
        while (_leaks.TryDequeue(out var leak))
        {
            leaks.Add(leak);
        }

        Assert.True(leaks.Count == 0, "Log lines hold what must never be logged:\n" + string.Join("\n", leaks.Take(5)));
    }

    /// <summary>What is wrong with a log line, or null when nothing is.</summary>
    public string? LeakIn(string line)
    {
        if (Forbidden().Match(line) is { Success: true } match)
        {
            return $"'{match.Value}'";
        }

        return _secrets.Keys.FirstOrDefault(secret => line.Contains(secret, StringComparison.Ordinal)) is { } known
            ? $"a secret a test client used ('{known[..4]}…')"
            : null;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Inspect(string category, string line)
    {
        if (LeakIn(line) is { } leak)
        {
            _leaks.Enqueue($"{category}: {leak} in: {line[..Math.Min(line.Length, 600)]}");
        }
    }

    // An e-mail address; a JWT; a URL parameter named token; a connection-string password.
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|[?&]token=[^&\s""]|(^|;)\s*Password\s*=\s*[^;\s]",
        RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Forbidden();

    private sealed class Logger(LeakTrap trap, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => trap._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string?> { formatter(state, exception), exception?.ToString() };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(pair => $"{pair.Key}={pair.Value}"));
            }

            trap._scopes.ForEachScope((scope, all) => all.Add(scope?.ToString()), parts);
            trap.Inspect(category, string.Join(" | ", parts));
        }
    }
}

using System.Collections.Concurrent;
using Platform.Domain.Common;

namespace Platform.Application.UnitTests.Support;

/// <summary>Counts handler runs and lets a test decide what a query handler answers.</summary>
public sealed class HandlerCalls
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public Func<string, Result<string>> Answer { get; set; } = id => $"value of {id}";

    public void Record(string handler) => _counts.AddOrUpdate(handler, 1, (_, count) => count + 1);

    public int Count(string handler) => _counts.GetValueOrDefault(handler);
}

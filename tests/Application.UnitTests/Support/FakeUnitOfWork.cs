using Platform.Application.Common.Events;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;

namespace Platform.Application.UnitTests.Support;

/// <summary>
/// Counts transactions, saves and discards; can be told to fail the save like a lost unique-constraint race. Like EF
/// Core's change tracker, it knows the aggregates in-memory repositories handed out (<see cref="Track"/>) and takes
/// their domain events.
/// </summary>
public sealed class FakeUnitOfWork : IUnitOfWork, IDomainEvents
{
    private readonly List<AggregateRoot> _tracked = [];
    private readonly List<IDomainEvent> _raisedWithoutAggregate = [];

    public int PendingChanges { get; set; }

    public int SavedChanges { get; private set; }

    public int Saves { get; private set; }

    public int Discards { get; private set; }

    public string? ViolateConstraintOnSave { get; set; }

    public int Begins { get; private set; }

    public int Commits { get; private set; }

    public int Rollbacks { get; private set; }

    public Action? OnSave { get; set; }

    /// <summary>What in-memory stores do when the unit of work saves or discards (see <see cref="InMemoryAuditLog"/>).</summary>
    public List<Action> SaveHooks { get; } = [];

    public List<Action> DiscardHooks { get; } = [];

    public Task BeginAsync(CancellationToken cancellationToken)
    {
        Begins++;
        return Task.CompletedTask;
    }

    public Task CommitAsync(CancellationToken cancellationToken)
    {
        Commits++;
        return Task.CompletedTask;
    }

    public Task RollbackAsync()
    {
        Rollbacks++;
        return Task.CompletedTask;
    }

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        Saves++;
        if (ViolateConstraintOnSave is { } constraint)
        {
            throw new ConstraintViolationException(constraint, new InvalidOperationException("duplicate key"));
        }

        OnSave?.Invoke();
        SaveHooks.ForEach(hook => hook());
        SavedChanges += PendingChanges;
        PendingChanges = 0;
        return Task.CompletedTask;
    }

    public void Track(AggregateRoot aggregate)
    {
        if (!_tracked.Contains(aggregate))
        {
            _tracked.Add(aggregate);
        }
    }

    public void Raise(IDomainEvent domainEvent) => _raisedWithoutAggregate.Add(domainEvent);

    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        List<IDomainEvent> taken = [.. _raisedWithoutAggregate, .. _tracked.SelectMany(aggregate => aggregate.TakeDomainEvents())];
        _raisedWithoutAggregate.Clear();
        return taken;
    }

    public void DiscardChanges()
    {
        Discards++;
        _ = TakeDomainEvents();
        DiscardHooks.ForEach(hook => hook());
        PendingChanges = 0;
    }
}

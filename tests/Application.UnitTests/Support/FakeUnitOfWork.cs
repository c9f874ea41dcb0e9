using Platform.Application.Common.Persistence;

namespace Platform.Application.UnitTests.Support;

/// <summary>Counts saves and discards; can be told to fail the save like a lost unique-constraint race.</summary>
public sealed class FakeUnitOfWork : IUnitOfWork
{
    public int PendingChanges { get; set; }

    public int SavedChanges { get; private set; }

    public int Saves { get; private set; }

    public int Discards { get; private set; }

    public string? ViolateConstraintOnSave { get; set; }

    public Action? OnSave { get; set; }

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        Saves++;
        if (ViolateConstraintOnSave is { } constraint)
        {
            throw new UniqueConstraintViolationException(constraint, new InvalidOperationException("duplicate key"));
        }

        OnSave?.Invoke();
        SavedChanges += PendingChanges;
        PendingChanges = 0;
        return Task.CompletedTask;
    }

    public void DiscardChanges()
    {
        Discards++;
        PendingChanges = 0;
    }
}

using FluentValidation;
using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Events;
using Platform.Application.Common.Messaging;
using Platform.Domain.Common;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.UnitTests.Support;

/// <summary>
/// A command whose handler records that it ran, renames a <see cref="Thing"/> (which raises <see cref="ThingRenamed"/>
/// for each tag) and answers what the test tells it to.
/// </summary>
public sealed record RenameThingCommand(string Name, string Secret, Func<Result<string>> Outcome, params string[] Tags) : ICommand<string>;

public sealed class RenameThingHandler(HandlerCalls calls, FakeUnitOfWork unitOfWork) : IRequestHandler<RenameThingCommand, Result<string>>
{
    public Task<Result<string>> Handle(RenameThingCommand request, CancellationToken cancellationToken)
    {
        calls.Record(nameof(RenameThingCommand));
        unitOfWork.PendingChanges++;
        var thing = new Thing();
        unitOfWork.Track(thing);
        thing.Rename(request.Tags);
        return Task.FromResult(request.Outcome());
    }
}

/// <summary>An aggregate of the tests: each rename raises one event per cache tag it makes stale.</summary>
public sealed class Thing : AggregateRoot
{
    public void Rename(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            Raise(new ThingRenamed(tag));
        }
    }
}

public sealed record ThingRenamed(string Tag) : IDomainEvent;

/// <summary>Like a module's effects: drops the tag once the rename is committed, and notes when it ran.</summary>
public sealed class ThingRenamedEffects(IFusionCache cache, HandlerCalls calls, FakeUnitOfWork unitOfWork) : IAfterCommitHandler<ThingRenamed>
{
    public async Task HandleAsync(ThingRenamed domainEvent, CancellationToken cancellationToken)
    {
        calls.Record($"after commit #{unitOfWork.Commits}");
        await cache.RemoveByTagAsync(domainEvent.Tag, token: cancellationToken);
    }
}

/// <summary>Like the future outbox writer: runs inside the transaction, and notes how many saves had happened.</summary>
public sealed class ThingRenamedInTransaction(HandlerCalls calls, FakeUnitOfWork unitOfWork) : IInTransactionHandler<ThingRenamed>
{
    public Task HandleAsync(ThingRenamed domainEvent, CancellationToken cancellationToken)
    {
        calls.Record($"in transaction after save #{unitOfWork.Saves}");
        return Task.CompletedTask;
    }
}

public sealed class RenameThingValidator : AbstractValidator<RenameThingCommand>
{
    public RenameThingValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(10);
    }
}

/// <summary>A cached query whose handler answers the current value of <see cref="HandlerCalls.Answer"/>.</summary>
public sealed record ReadThingQuery(string Id, string Tag) : ICachedQuery<string>
{
    public string CacheKey => $"thing:{Id}";

    public IReadOnlyCollection<string> CacheTags => [Tag];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(1);
}

public sealed class ReadThingHandler(HandlerCalls calls) : IRequestHandler<ReadThingQuery, Result<string>>
{
    public Task<Result<string>> Handle(ReadThingQuery request, CancellationToken cancellationToken)
    {
        calls.Record(nameof(ReadThingQuery));
        return Task.FromResult(calls.Answer(request.Id));
    }
}

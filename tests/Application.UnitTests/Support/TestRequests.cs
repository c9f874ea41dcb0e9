using FluentValidation;
using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Messaging;
using Platform.Domain.Common;

namespace Platform.Application.UnitTests.Support;

/// <summary>A command whose handler records that it ran and answers what the test tells it to.</summary>
public sealed record RenameThingCommand(string Name, string Secret, Func<Result<string>> Outcome, params string[] Tags)
    : ICommand<string>, IInvalidatesCache
{
    public IReadOnlyCollection<string> CacheTagsToInvalidate => Tags;
}

public sealed class RenameThingHandler(HandlerCalls calls, FakeUnitOfWork unitOfWork) : IRequestHandler<RenameThingCommand, Result<string>>
{
    public Task<Result<string>> Handle(RenameThingCommand request, CancellationToken cancellationToken)
    {
        calls.Record(nameof(RenameThingCommand));
        unitOfWork.PendingChanges++;
        return Task.FromResult(request.Outcome());
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

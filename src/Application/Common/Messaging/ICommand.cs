namespace Platform.Application.Common.Messaging;

/// <summary>Marks a request that changes state: it runs inside the unit of work, which owns its one transaction (ADR 26).</summary>
public interface ICommand;

/// <summary>A state-changing request whose handler answers a <see cref="Result{T}"/>.</summary>
public interface ICommand<TResponse> : IRequest<Result<TResponse>>, ICommand;

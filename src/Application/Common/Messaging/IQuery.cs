namespace Platform.Application.Common.Messaging;

/// <summary>A read-only request whose handler answers a <see cref="Result{T}"/> and saves nothing.</summary>
public interface IQuery<TResponse> : IRequest<Result<TResponse>>;

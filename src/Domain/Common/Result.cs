using System.Diagnostics.CodeAnalysis;

namespace Platform.Domain.Common;

/// <summary>The outcome of an operation that is expected to fail sometimes: a value, or an <see cref="Common.Error"/>.</summary>
public sealed class Result<T> : IOutcome, IFailureFactory<Result<T>>
{
    private readonly T? _value;

    private Result(T value)
    {
        _value = value;
    }

    private Result(Error error, bool isRecordedRefusal = false)
    {
        Error = error;
        IsRecordedRefusal = isRecordedRefusal;
    }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public Error? Error { get; }

    public bool IsRecordedRefusal { get; }

    /// <summary>The value of a successful result; reading it from a failure is a programming error.</summary>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"A failed result has no value (error '{Error.Code}').");

    public static Result<T> Success(T value) => new(value);

    public static Result<T> Failure(Error error) => new(error);

    public static Result<T> Failure(RecordedRefusal refusal) => new(refusal.Error, isRecordedRefusal: true);

    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(Error error) => new(error);

    public static implicit operator Result<T>(RecordedRefusal refusal) => Failure(refusal);

    public TOut Match<TOut>(Func<T, TOut> onSuccess, Func<Error, TOut> onFailure) =>
        IsSuccess ? onSuccess(_value!) : onFailure(Error);

    /// <summary>The success's value turned into another, or the same error.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? map(_value!) : Error;

    /// <summary>The next step's result on success (it may fail in turn), or the same error.</summary>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> next) => IsSuccess ? next(_value!) : Error;
}

using FluentValidation.Results;
using Platform.Application.Common.Localization;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Runs every validator of the request before the handler; any failure short-circuits into a
/// <c>validation_failed</c> error listing the messages per camelCase field path, in the request's language.
/// </summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : IOutcome, IFailureFactory<TResponse>
{
    private readonly IValidator<TRequest>[] _validators = validators as IValidator<TRequest>[] ?? validators.ToArray();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (_validators.Length == 0)
        {
            return await next();
        }

        var context = new ValidationContext<TRequest>(request);
        var failures = new List<ValidationFailure>();
        using (Tracing.Source.StartActivity("validate"))
        {
            foreach (var validator in _validators)
            {
                var result = await validator.ValidateAsync(context, cancellationToken);
                failures.AddRange(result.Errors);
            }
        }

        if (failures.Count == 0)
        {
            return await next();
        }

        var fieldErrors = failures
            .GroupBy(failure => ToCamelCasePath(failure.PropertyName), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(MessageOf).Distinct().ToArray(), StringComparer.Ordinal);
        return TResponse.Failure(Error.Validation(fieldErrors));
    }

    /// <summary>A custom rule's message in the request's language when there is a translation of its code; FluentValidation's own are already translated.</summary>
    private static string MessageOf(ValidationFailure failure) => Messages.Find(failure.ErrorCode) ?? failure.ErrorMessage;

    private static string ToCamelCasePath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment =>
            segment.Length == 0 ? segment : string.Concat(char.ToLowerInvariant(segment[0]).ToString(), segment.AsSpan(1))));
}

using Microsoft.AspNetCore.Mvc;
using Platform.Domain.Common;

namespace Platform.Api.Http;

/// <summary>The one place where an Application <see cref="Error"/> becomes an HTTP problem details response.</summary>
internal static class ResultHttpExtensions
{
    public static int StatusCodeFor(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.Gone => StatusCodes.Status410Gone,
        ErrorKind.BadGateway => StatusCodes.Status502BadGateway,
        ErrorKind.GatewayTimeout => StatusCodes.Status504GatewayTimeout,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An error kind without an HTTP status."),
    };

    public static ProblemHttpResult ToProblem(this Error error)
    {
        var status = StatusCodeFor(error.Kind);
        ProblemDetails problem = error.FieldErrors is { } fieldErrors
            ? new HttpValidationProblemDetails(fieldErrors.ToDictionary(pair => pair.Key, pair => pair.Value))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = error.FieldErrors is null ? error.Message : "One or more fields are invalid.";
        problem.Detail = error.FieldErrors is null ? null : error.Message;
        problem.Extensions["code"] = error.Code;
        foreach (var (name, value) in error.Details ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        return TypedResults.Problem(problem);
    }

    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();

    public static Results<NoContent, ProblemHttpResult> ToNoContent<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();

    public static Results<Created<T>, ProblemHttpResult> ToCreated<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Error.ToProblem();

    public static Results<Accepted<T>, ProblemHttpResult> ToAccepted<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Accepted(location(result.Value), result.Value) : result.Error.ToProblem();
}

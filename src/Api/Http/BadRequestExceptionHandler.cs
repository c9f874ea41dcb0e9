using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Api.Http;

/// <summary>
/// Turns the framework's <see cref="BadHttpRequestException"/> (unreadable JSON, wrong media type, oversized
/// body, bad route or query value) into a 4xx problem details response instead of a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var status = badRequest.StatusCode;
        var code = badRequest.InnerException is JsonException ? ProblemCodes.MalformedJson
            : IsMissingBody(badRequest) ? ProblemCodes.BodyRequired
            : ProblemCodes.ForStatus(status);
        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = TitleFor(status),
                Detail = DetailFor(badRequest),
                Extensions = { ["code"] = code },
            },
        });
    }

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body has an unsupported media type.",
        _ => "The request is malformed.",
    };

    /// <summary>An empty body or a JSON <c>null</c> where the endpoint expects an object.</summary>
    private static bool IsMissingBody(BadHttpRequestException exception) =>
        exception.StatusCode == StatusCodes.Status400BadRequest
        && exception.Message.Contains("body was provided", StringComparison.Ordinal);

    /// <summary>Names the JSON path and position, never echoes the body (it may hold a password).</summary>
    private static string DetailFor(BadHttpRequestException exception) => exception.InnerException switch
    {
        _ when IsMissingBody(exception) => "This endpoint needs a JSON object in the request body.",
        JsonException { Path: { } path, LineNumber: { } line, BytePositionInLine: { } position } =>
            $"The JSON body could not be read at {path} (line {line + 1}, position {position + 1}).",
        JsonException => "The JSON body could not be read.",
        _ => exception.Message,
    };
}

using Microsoft.Extensions.Options;

namespace Platform.Api.Http;

/// <summary>
/// Answers 413 before reading a body whose declared Content-Length is over the limit. Kestrel enforces the same
/// limit on bodies without a length (chunked) while they stream; this also covers hosts without that limit.
/// </summary>
internal sealed class DeclaredBodySizeLimitMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > options.Value.MaxBodyBytes)
        {
            throw new BadHttpRequestException(
                $"The request body is larger than the limit of {options.Value.MaxBodyBytes} bytes.",
                StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }
}

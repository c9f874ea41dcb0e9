using Scalar.AspNetCore;

namespace Platform.Api.Http;

/// <summary>
/// The docs UI's own Content-Security-Policy: everything from the app itself, nothing from another origin, and only the
/// scripts that carry this page's nonce (Scalar writes a fresh one per page). Styles allow inline ones because the UI
/// sets them at run time; no script can be injected through them.
/// </summary>
internal sealed class DocsContentSecurityPolicy(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var nonce = context.Items[ScalarOptions.NonceHttpContextItemKey] as string;
            context.Response.Headers.ContentSecurityPolicy = Policy(nonce);
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static string Policy(string? nonce) =>
        "default-src 'self'; " +
        (nonce is null ? "script-src 'self'; " : $"script-src 'self' 'nonce-{nonce}' 'report-sample'; ") +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

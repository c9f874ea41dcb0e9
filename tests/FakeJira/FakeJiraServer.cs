using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Platform.FakeJira.Routes;

namespace Platform.FakeJira;

/// <summary>
/// The fake Jira on a real socket: Cloud (<c>/rest/api/3</c>) and Data Center (<c>/rest/api/2</c>) side by side, with
/// switchable faults and a recorder of every request. Tests start one per fixture on 127.0.0.1:0.
/// </summary>
public sealed class FakeJiraServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeJiraServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the fake listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public JiraStore Store => _app.Services.GetRequiredService<JiraStore>();

    public FaultSwitch Faults => _app.Services.GetRequiredService<FaultSwitch>();

    public RequestRecorder Recorder => _app.Services.GetRequiredService<RequestRecorder>();

    public OAuthServer OAuth => _app.Services.GetRequiredService<OAuthServer>();

    /// <summary>Starts the fake on <paramref name="url"/> (a free loopback port by default) with <paramref name="clock"/> (the system's by default).</summary>
    public static async Task<FakeJiraServer> StartAsync(string url = "http://127.0.0.1:0", TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(clock ?? TimeProvider.System);
        builder.Services.AddSingleton<JiraStore>();
        builder.Services.AddSingleton<FaultSwitch>();
        builder.Services.AddSingleton<RequestRecorder>();
        builder.Services.AddSingleton<OAuthServer>();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = null);
        var app = builder.Build();
        app.UseMiddleware<FakeJiraPipeline>();
        app.UseRouting(); // after the pipeline, which rewrites /ex/jira/{cloudId}/… to the site's own routes
        CloudRoutes.Map(app);
        DataCenterRoutes.Map(app);
        MediaRoutes.Map(app);
        OAuthRoutes.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeJiraServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Until the process is told to stop (Ctrl+C or SIGTERM), as the host's console lifetime hears it.</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        Faults.Hanging = false;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>
/// Every request: recorded, then delayed, hung, rate limited or refused as the faults say, then authenticated (Basic
/// <c>email:API token</c> or a Bearer personal access token); the media links Jira redirects to need no credentials.
/// </summary>
internal sealed class FakeJiraPipeline(RequestDelegate next, FaultSwitch faults, RequestRecorder recorder, JiraStore store, OAuthServer oauth)
{
    public const string UserKey = "jira-user";
    private static readonly string[] RateLimitMessages = ["Rate limit exceeded."];
    private static readonly string[] UnauthenticatedMessages = ["You are not authenticated. Authentication required to perform this operation."];

    public async Task InvokeAsync(HttpContext context)
    {
        context.Request.EnableBuffering();
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        var authorization = context.Request.Headers.Authorization.ToString();
        recorder.Record(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.QueryString.Value ?? string.Empty,
            authorization.Length == 0 ? null : authorization.Split(' ')[0], body.Length == 0 ? null : body, store.Clock.GetUtcNow()));

        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, context.RequestAborted);
        }

        while (faults.Hanging)
        {
            await Task.Delay(50, context.RequestAborted);
        }

        var dataCenter = context.Request.Path.StartsWithSegments("/rest/api/2", StringComparison.Ordinal);
        if (faults.TakeRateLimit())
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            if (faults.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            await (dataCenter
                ? WriteAsync(context, "text/html", "<html><head><title>Rate limited</title></head><body><h1>Too many requests</h1></body></html>")
                : context.Response.WriteAsJsonAsync(new { errorMessages = RateLimitMessages }));
            return;
        }

        if (faults.TakeUnavailable())
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await WriteAsync(context, "text/html", "<html><body>Service Unavailable</body></html>");
            return;
        }

        // An OAuth app calls the site through api.atlassian.com/ex/jira/{cloudId}: the same routes, OAuth tokens only.
        var throughGateway = context.Request.Path.StartsWithSegments($"/ex/jira/{OAuthServer.CloudId}", StringComparison.Ordinal, out var rest);
        if (throughGateway)
        {
            context.Request.Path = rest;
        }

        if (!IsOpen(context.Request.Path))
        {
            var oauthOnly = throughGateway || context.Request.Path.StartsWithSegments("/oauth/token/accessible-resources", StringComparison.Ordinal);
            if ((oauthOnly ? OAuthUser(authorization) : Authenticate(authorization)) is not { } user)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsJsonAsync(new { errorMessages = UnauthenticatedMessages });
                return;
            }

            context.Items[UserKey] = user;
        }

        await next(context);
    }

    /// <summary>The routes that need no Jira credentials: the media store and the OAuth server's own (which check theirs).</summary>
    private static bool IsOpen(PathString path) =>
        path.StartsWithSegments("/media", StringComparison.Ordinal) || path.StartsWithSegments("/authorize", StringComparison.Ordinal)
            || (path.StartsWithSegments("/oauth", StringComparison.Ordinal) && !path.StartsWithSegments("/oauth/token/accessible-resources", StringComparison.Ordinal));

    private JiraUser? OAuthUser(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? oauth.UserOf(authorization["Bearer ".Length..]) : null;

    private JiraUser? Authenticate(string authorization)
    {
        if (authorization.StartsWith("Basic ", StringComparison.Ordinal))
        {
            string decoded;
            try
            {
                decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..]));
            }
            catch (FormatException)
            {
                return null;
            }

            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : store.Users().FirstOrDefault(user =>
                string.Equals(user.Email, decoded[..colon], StringComparison.OrdinalIgnoreCase) && user.ApiToken is { } token && token == decoded[(colon + 1)..]);
        }

        if (authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            var token = authorization["Bearer ".Length..];
            return store.Users().FirstOrDefault(user => user.PersonalAccessToken is { } pat && pat == token);
        }

        return null;
    }

    private static async Task WriteAsync(HttpContext context, string contentType, string text)
    {
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(text);
    }
}

internal static class JiraHttp
{
    public static JiraUser User(this HttpContext context) => (JiraUser)context.Items[FakeJiraPipeline.UserKey]!;

    public static IResult Errors(int status, params string[] messages) =>
        Results.Json(new { errorMessages = messages, errors = new Dictionary<string, string>() }, statusCode: status);

    public static Uri SiteOf(HttpRequest request) => new($"{request.Scheme}://{request.Host}");
}

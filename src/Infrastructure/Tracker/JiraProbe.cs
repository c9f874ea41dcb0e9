using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Platform.Application.Tracker;
using Platform.Domain.Common;
using Platform.Domain.Tracker;

namespace Platform.Infrastructure.Tracker;

/// <summary>
/// Reads <c>serverInfo</c> (REST v3 for an API token, v2 for a personal access token) and then <c>myself</c> on the
/// deployment it names, through the tracker's guarded HTTP client. Refused credentials, a site that is not Jira,
/// an unreachable one and a slow one each end in their own error; no secret is logged.
/// </summary>
internal sealed partial class JiraProbe(IHttpClientFactory clients, JiraSiteGuard guard, ILogger<JiraProbe> logger) : IJiraProbe
{
    public const string ClientName = "jira";

    public async Task<Result<JiraAccount>> ProbeAsync(string? baseUrl, JiraCredentials credentials, CancellationToken cancellationToken)
    {
        if (guard.SiteOf(baseUrl) is not { } site)
        {
            return TrackerErrors.BaseUrlNotAllowed;
        }

        var client = clients.CreateClient(ClientName);
        try
        {
            var info = await GetAsync(client, site, credentials.Scheme == CredentialScheme.ApiToken ? "rest/api/3/serverInfo" : "rest/api/2/serverInfo", credentials, cancellationToken);
            if (!info.IsSuccess)
            {
                return info.Error;
            }

            var deployment = Text(info.Value, "deploymentType") == "Cloud" ? JiraDeployment.Cloud : JiraDeployment.DataCenter;
            var myself = await GetAsync(client, site, deployment == JiraDeployment.Cloud ? "rest/api/3/myself" : "rest/api/2/myself", credentials, cancellationToken);
            if (!myself.IsSuccess)
            {
                return myself.Error;
            }

            var accountId = Text(myself.Value, "accountId") ?? Text(myself.Value, "key") ?? Text(myself.Value, "name");
            if (accountId is null)
            {
                return TrackerErrors.JiraBadGateway;
            }

            return new JiraAccount(deployment, accountId, Text(myself.Value, "displayName") ?? accountId, Text(myself.Value, "timeZone") ?? "UTC");
        }
        catch (HttpRequestException exception) when (exception.InnerException is SiteRefusedException)
        {
            LogRefused(logger, site.Host);
            return TrackerErrors.BaseUrlNotAllowed;
        }
        catch (HttpRequestException exception)
        {
            LogUnreachable(logger, site.Host, exception.HttpRequestError);
            return TrackerErrors.JiraBadGateway;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, site.Host);
            return TrackerErrors.JiraTimeout;
        }
    }

    private static async Task<Result<JsonElement>> GetAsync(HttpClient client, Uri site, string path, JiraCredentials credentials, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site, path));
        request.Headers.Authorization = credentials.Scheme == CredentialScheme.ApiToken
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.Login}:{credentials.Secret}")))
            : new AuthenticationHeaderValue("Bearer", credentials.Secret);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return TrackerErrors.CredentialsRejected;
        }

        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return TrackerErrors.JiraBadGateway;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : TrackerErrors.JiraBadGateway;
        }
        catch (JsonException)
        {
            return TrackerErrors.JiraBadGateway;
        }
    }

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "The Jira site {Host} was refused by the SSRF rules at connect time")]
    private static partial void LogRefused(ILogger logger, string host);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "The Jira site {Host} could not be reached ({Error})")]
    private static partial void LogUnreachable(ILogger logger, string host, HttpRequestError error);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "The Jira site {Host} did not answer in time")]
    private static partial void LogTimedOut(ILogger logger, string host);
}

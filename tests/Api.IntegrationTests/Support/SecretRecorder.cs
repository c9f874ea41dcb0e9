using System.Net.Http.Headers;
using System.Text.Json;

namespace Platform.Api.IntegrationTests.Support;

/// <summary>
/// Tells the <see cref="LeakTrap"/> every password and token a test client sends or receives in JSON, and the
/// credentials of its Authorization header, so that no log line may hold them.
/// </summary>
public sealed class SecretRecorder(LeakTrap trap) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        trap.Remember(request.Headers.Authorization?.Parameter);
        await RememberSecretsInAsync(request.Content, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        await RememberSecretsInAsync(response.Content, cancellationToken);
        return response;
    }

    private async Task RememberSecretsInAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content?.Headers.ContentType is not MediaTypeHeaderValue { MediaType: { } mediaType } || !mediaType.EndsWith("json", StringComparison.Ordinal))
        {
            return;
        }

        await content.LoadIntoBufferAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(await content.ReadAsStringAsync(cancellationToken));
            Remember(document.RootElement);
        }
        catch (JsonException)
        {
            // Tests send malformed JSON on purpose; it holds nothing to remember.
        }
    }

    private void Remember(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Remember(item);
            }
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && IsSecretName(property.Name))
            {
                trap.Remember(property.Value.GetString());
            }
            else
            {
                Remember(property.Value);
            }
        }
    }

    private static bool IsSecretName(string name) =>
        name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("token", StringComparison.OrdinalIgnoreCase);
}

namespace Platform.Api.IntegrationTests.Support;

/// <summary>The app headers a real client sends; the session endpoints require them (ClientDeviceFilter).</summary>
public static class ClientHeaders
{
    public const string AppType = "ios";
    public const string AppVersion = "2.4.1";
    public const string DeviceId = "test-device-1";

    /// <summary>Sends the headers of the test app on every request of this client.</summary>
    public static HttpClient AsTestApp(this HttpClient client, string deviceId = DeviceId, string appType = AppType)
    {
        client.DefaultRequestHeaders.Add("X-App-Type", appType);
        client.DefaultRequestHeaders.Add("X-App-Version", AppVersion);
        client.DefaultRequestHeaders.Add("X-Device-ID", deviceId);
        return client;
    }
}

using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Tracker;
using Platform.Domain.Common;
using Platform.Domain.Tracker;
using Platform.FakeJira;
using Platform.Infrastructure.Tracker;

namespace Platform.Api.IntegrationTests.Tracker;

/// <summary>
/// The probe a connection must pass before it is stored, against the fake Jira over a real socket: who the credentials
/// are on Cloud and on Data Center, refused credentials, and the SSRF rules (at connect time too, so DNS rebinding and
/// metadata addresses are refused with nothing sent).
/// </summary>
public sealed class JiraProbeTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private static readonly JiraCredentials CloudToken = new(CredentialScheme.ApiToken, DemoData.Email, DemoData.ApiToken);
    private static readonly JiraCredentials DataCenterToken = new(CredentialScheme.PersonalAccessToken, null, DemoData.PersonalAccessToken);

    [Fact]
    public async Task An_API_token_signs_in_to_Cloud_and_a_personal_access_token_to_Data_Center()
    {
        await using var jira = await StartJiraAsync();

        var cloud = await ProbeAsync(Factory.Services, jira.BaseAddress.ToString(), CloudToken);
        var dataCenter = await ProbeAsync(Factory.Services, jira.BaseAddress.ToString().TrimEnd('/'), DataCenterToken);

        Assert.Equal(new JiraAccount(JiraDeployment.Cloud, "5b10ac8d82e05b22cc7d4ef5", "Demo User", "Europe/Berlin"), cloud.Value);
        Assert.Equal(new JiraAccount(JiraDeployment.DataCenter, "5b10ac8d82e05b22cc7d4ef5", "Demo User", "Europe/Berlin"), dataCenter.Value);
        Assert.Equal(["Basic", "Basic", "Bearer", "Bearer"], jira.Recorder.Requests.Select(request => request.AuthScheme));
    }

    [Fact]
    public async Task Refused_credentials_an_unreachable_site_and_a_slow_one_each_have_their_error()
    {
        await using var jira = await StartJiraAsync();
        var closedPort = $"http://127.0.0.1:{ClosedPort()}/";

        var refused = await ProbeAsync(Factory.Services, jira.BaseAddress.ToString(), new JiraCredentials(CredentialScheme.ApiToken, DemoData.Email, "wrong"));
        var unreachable = await ProbeAsync(Factory.Services, closedPort, CloudToken);
        jira.Faults.Latency = TimeSpan.FromSeconds(5);
        using var impatient = Factory.WithWebHostBuilder(builder => builder.UseSetting("Tracker:Jira:Timeout", "00:00:00.500"));
        var slow = await ProbeAsync(impatient.Services, jira.BaseAddress.ToString(), CloudToken);

        Assert.Equal(
            [TrackerErrors.CredentialsRejected, TrackerErrors.JiraBadGateway, TrackerErrors.JiraTimeout],
            new[] { refused, unreachable, slow }.Select(result => result.Error));
    }

    [Theory]
    [InlineData("http://jira.example.com")]
    [InlineData("https://user:secret@jira.example.com")]
    [InlineData("https://jira.example.com/?x=1")]
    [InlineData("ftp://jira.example.com")]
    [InlineData("https://10.0.0.5")]
    [InlineData("https://169.254.169.254")]
    [InlineData("https://[::1]")]
    [InlineData("jira.example.com")]
    public async Task A_site_outside_the_rules_is_refused_before_anything_is_sent(string baseUrl)
    {
        var result = await ProbeAsync(Factory.Services, baseUrl, CloudToken);

        Assert.Equal(TrackerErrors.BaseUrlNotAllowed, result.Error);
    }

    [Fact]
    public async Task A_name_that_resolves_to_loopback_or_a_metadata_address_is_refused_at_connect_time_even_when_listed()
    {
        await using var jira = await StartJiraAsync();
        var resolver = new TableResolver
        {
            ["jira.rebound.test"] = [IPAddress.Loopback],
            ["metadata.listed.test"] = [IPAddress.Parse("169.254.169.254")],
            ["own.listed.test"] = [IPAddress.Loopback],
        };
        using var host = Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Tracker:Jira:AllowedHosts:0", "metadata.listed.test")
            .UseSetting("Tracker:Jira:AllowedHosts:1", "own.listed.test")
            .ConfigureTestServices(services => services.AddSingleton<IHostResolver>(resolver)));

        var rebound = await ProbeAsync(host.Services, $"https://jira.rebound.test:{jira.BaseAddress.Port}", CloudToken);
        var metadata = await ProbeAsync(host.Services, $"http://metadata.listed.test:{jira.BaseAddress.Port}", CloudToken);
        var sent = jira.Recorder.Requests.Count;
        var own = await ProbeAsync(host.Services, $"http://own.listed.test:{jira.BaseAddress.Port}", CloudToken);

        Assert.Equal((TrackerErrors.BaseUrlNotAllowed, TrackerErrors.BaseUrlNotAllowed, 0), (rebound.Error, metadata.Error, sent));
        Assert.Equal(JiraDeployment.Cloud, own.Value.Deployment);
    }

    private static async Task<FakeJiraServer> StartJiraAsync()
    {
        var jira = await FakeJiraServer.StartAsync();
        DemoData.Seed(jira.Store, issuesPerProject: 0);
        return jira;
    }

    private static async Task<Result<JiraAccount>> ProbeAsync(IServiceProvider services, string baseUrl, JiraCredentials credentials)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IJiraProbe>().ProbeAsync(baseUrl, credentials, CancellationToken.None);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>DNS as the test says: each name answers the addresses it is given.</summary>
    private sealed class TableResolver : Dictionary<string, IPAddress[]>, IHostResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            Task.FromResult(TryGetValue(host, out var addresses) ? addresses : []);
    }
}
